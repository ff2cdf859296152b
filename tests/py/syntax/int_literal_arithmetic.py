# arithmetic on int literals (folded when parsing) gives Python's results, edge cases too
print(-1, +1, ~0, - - 1, -~1, ~-1)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(2 ** 10, 2 ** 29, 2 ** 30, 2 ** 31, 2 ** 62, 2 ** 64)
print((-1) ** 7, (-1) ** 8, 0 ** 0, 1 ** 100000, (-2) ** 31)
print(2 ** -1, 10 ** -2)
print(1 << 29, 1 << 30, 1 << 31, 1 << 64, -1 << 40)
print(-1 >> 1, -1 >> 100, 1024 >> 3, 5 >> 200)
print(0x3fffffff + 1, -0x40000000 - 1, 1073741823 * 2, -(-1073741824))
print(6 & 3, 6 | 3, 6 ^ 3, ~6 & 0xff)
print(1 + 2 * 3 - 4 // 2 % 3, (1 + 2) * (3 - 4))
print(10 / 4, 10 / 5, 3 * 1.5)
try:
    print(1 // 0)
except ZeroDivisionError:
    print('ZeroDivisionError //')
try:
    print(5 % 0)
except ZeroDivisionError:
    print('ZeroDivisionError %')
try:
    print(1 << -1)
except ValueError:
    print('ValueError <<')
print(1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1)
