# Multiplying big ints: schoolbook sizes and sizes that take the Karatsuba path.
print(2**64 * 2**64 == 2**128)
print(123456789 * 987654321)
print(-(10**20) * 10**20)
print((2**1000 - 1) * (2**1000 + 1) == 2**2000 - 1)
a = 3**2000
b = 7**1500
print(a * b % 1000000007)
print(len(str(a * b)), str(a * b)[:30], str(a * b)[-30:])
print((a * b) // b == a)
print(0 * a, a * 0, -a * -1 == a)
