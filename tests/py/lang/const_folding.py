# constant integer expressions give the same values folded or not
print(1 << 8, -5 // 2, -5 % 3, 2 ** 10, ~7, 0x10 | 3, 7 & ~2, 1 << 40)
a = 5
print(a << 8, -a // 2, 2 ** a)
print("foo" "bar")
print((1, 2, (3, "x")))
print(- - 3, +4, -(2 * 3))
