# Arithmetic mixing ints, big ints, bools and floats.
print(1 + 2.5, 2.5 + 1, 3 * 0.5, 1 / 4, 7 - 0.5, 2**100 * 0.5, 0.5 * 2**100, True + 0.5)
print(2 ** 0.5, 2.0 ** 3, 4 ** 0.5, 10 ** -1, 0.0 ** 0, (-8) ** 0.5)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(10**400 // 10**399 / 3, (10**400) / (10**399), (2**1000) / (2**999), 1 / 10**100)
x = 1.5
x += 1
x *= 2
x -= 0.5
x /= 2
print(x)
try:
    2.0 ** 10000
except OverflowError:
    print("OverflowError")
try:
    0.0 ** -1
except ZeroDivisionError:
    print("ZeroDivisionError")
