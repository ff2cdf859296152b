# bytearray item and slice assignment (growing and shrinking) and deletion.
b = bytearray(b"0123456789")
b[0] = 65
b[-1] = 66
print(b)
b[1:3] = b"xyzw"
print(b)
b[2:6] = b""
print(b)
b[::2] = b"####"
print(b)
del b[0]
print(b)
del b[::3]
print(b)
del b[1:3]
print(b)
b[len(b):] = [1, 2]
print(b)
b[:] = b[1:]
print(b)
print(b[1:3], b[::-1], b[0])
try:
    b[100] = 1
except IndexError:
    print("IndexError")
try:
    b[0:4:2] = b"abc"
except ValueError:
    print("ValueError")
c = bytearray(b"abcdef")
c[::2] = b""
print(c)
