# Adding and subtracting big ints: carries across digits, signs, and results that
# shrink back to small ints.
a = 2**64 - 1
print(a + 1)
print(-a - 1)
print((a + 1) - a)
print(a - (a + 1))
print(2**30 - 1 + 1, -(2**30) - 1)
x = 10**50
print(x + x, x - x, -x + x, x - 3 * x)
print(type(x - x + 5) is int, (x - x + 5) == 5)
print(12345678901234567890123 + -12345678901234567890124)
