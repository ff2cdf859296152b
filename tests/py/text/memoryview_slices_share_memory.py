# A memoryview slice is a window on the same memory: writes show in the original.
b = bytearray(b"abcdef")
m = memoryview(b)
s = m[2:5]
print(len(s), s[0], bytes(s))
s[0] = 88
print(b)
m[4:6] = b"YZ"
print(b, bytes(m[-2:]), list(m[:2]))
r = memoryview(b"xyz")
try:
    r[0] = 1
except TypeError:
    print("TypeError")
print(bytes(memoryview(memoryview(b"1234")[1:])))
print(memoryview(b"abc") == b"abc", b"cd" == memoryview(b"abcd")[2:])
