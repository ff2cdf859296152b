# chr and ord over the whole code point range, UTF-8 inside.
print(ord("a"), ord("é"), ord("€"), ord("😀"), chr(97), chr(233), chr(0x20ac), chr(0x1f600))
print(len(chr(0x1f600)), ord(chr(0x10ffff)) == 0x10ffff, ord(b"A"))
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError:
        print("ValueError")
try:
    ord("ab")
except TypeError:
    print("TypeError")
