# A memoryview slice shares the buffer: writes through it change the original, and
# taking it allocates only the small view object.
ba = bytearray(b"0123456789")
mv = memoryview(ba)
part = mv[2:6]
part[0] = ord("A")
print(ba, len(part), bytes(part))
mv[7:9] = b"XY"
print(ba)
