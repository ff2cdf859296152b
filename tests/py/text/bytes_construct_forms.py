# bytes() from nothing, a count, an iterable of ints, a buffer, or a str with encoding.
print(bytes(), bytes(3), bytes([1, 2, 255]), bytes((65, 66)), bytes(range(3)))
print(bytes(b"abc"), bytes(bytearray(b"xy")), bytes("héllo", "utf-8"), bytes("abc", "ascii"))
print(bytes(x for x in [97, 98]), bytes(memoryview(b"mv")))
for bad in [lambda: bytes(-1), lambda: bytes([256]), lambda: bytes("abc")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
