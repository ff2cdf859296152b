# % formatting works on bytes too and gives bytes.
print(b"%s-%d" % (b"ab", 5))
print(b"%5s|%-3d|%x" % (b"z", 7, 255))
print(b"%c%c" % (65, b"B"))
print(b"100%%" % ())
print(b"%b|%s|%r" % (b"x", memoryview(b"mv"), "é"))
try:
    b"%s" % "text"
except TypeError:
    print("TypeError")
