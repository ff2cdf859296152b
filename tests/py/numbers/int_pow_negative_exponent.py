# ** with a negative exponent gives a float; big results stay exact ints.
print(2 ** -1, 10 ** -2, (-2) ** -3, 2 ** -1074 > 0)
print(2 ** 100, (-3) ** 41, 7 ** 0, 0 ** 0, (-1) ** (2**100), 1 ** (10**30))
print((2**100) ** -1)
print(type(2 ** 2), type(2 ** -2))
