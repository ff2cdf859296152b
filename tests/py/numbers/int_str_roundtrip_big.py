# str(), repr(), hex(), oct() and bin() of big ints, and reading them back.
n = 7**300
s = str(n)
print(len(s), s[:20], s[-20:], int(s) == n, repr(-n) == "-" + s)
print(hex(2**100), oct(2**100), bin(2**70 + 1))
print(hex(-(2**64)), int(hex(-(2**64)), 16))
print(int(format(n, "x"), 16) == n, int(format(-n, "b"), 2) == -n)
print(str(-(10**30)), 10**30 - 1)
