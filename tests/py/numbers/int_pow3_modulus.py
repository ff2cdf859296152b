# pow(base, exp, mod): the result takes the modulus's sign; negative exponents use
# the modular inverse; a zero modulus is a ValueError.
print(pow(3, 1000, 1000000007), pow(3, 1000, -1000000007))
print(pow(-3, 1001, 97), pow(2**200, 2**100, 10**30 + 57))
print(pow(2, 0, 1), pow(0, 0, 7), pow(5, 3, 1))
print(pow(3, -1, 7), pow(3, -2, 7), pow(38, -1, 97))
for args in ((2, 1, 0), (2, -1, 4)):
    try:
        pow(*args)
    except ValueError:
        print("ValueError")
try:
    pow(2.0, 1, 3)
except TypeError:
    print("TypeError")
