# Floor division and modulo of big ints for every combination of signs.
a = 10**40 + 12345
b = 10**20 + 7
for x, y in ((a, b), (-a, b), (a, -b), (-a, -b), (b, a), (-b, a), (a, 3), (-a, 3)):
    q, r = divmod(x, y)
    print(q, r, x // y == q, x % y == r, q * y + r == x)
print(divmod(2**200, 2**100))
print((2**100 + 1) // -(2**100))
