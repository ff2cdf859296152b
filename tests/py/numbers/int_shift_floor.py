# >> on negative ints floors (it never rounds toward zero); << grows into big ints.
for x in (-1, -2, -3, -7, -(2**100) - 1, -(2**100)):
    print(x >> 1, x >> 3, x >> 64, x >> 1000)
print(1 << 100, -1 << 100, 3 << 31, 5 << 0)
print((2**100 + 12345) >> 100, (2**100) >> 99)
print(0 << 1000, 12345 >> 31)
