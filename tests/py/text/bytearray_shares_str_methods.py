# bytearray has the bytes methods, and they give bytearrays.
b = bytearray(b" a,b ")
print(b.strip(), b.split(b","), b.upper(), b.find(b"b"), b.replace(b",", b";"))
print(b.decode(), b.startswith(b" a"), b.count(b","), bytearray(b"-").join([b"x", b"y"]))
print(bytearray(b"ab") * 2, bytearray(b"ab") + b"c", b"c" + bytearray(b"ab"))
