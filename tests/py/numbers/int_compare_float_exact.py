# Comparing ints with floats is exact, even beyond 2**53 and for huge ints.
big = 2**53 + 1
print(big > 2.0**53, big == 2.0**53, big >= 2.0**53, 2.0**53 < big)
print(2**53 == 2.0**53, 10**400 > 1e308, -(10**400) < -1e308, 10**400 < float("inf"))
print(1 == 1.0, 1 < 1.5, 2 > 1.5, -1 < -0.5, 0 == -0.0, 3 != 3.0)
nan = float("nan")
print(1 == nan, 1 != nan, 1 < nan, 2**100 > nan, 2**100 != nan)
print(2**100 == 2.0**100, 2**100 + 1 == 2.0**100, 2**100 + 1 > 2.0**100)
