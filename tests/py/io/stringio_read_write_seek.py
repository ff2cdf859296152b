# StringIO and BytesIO: write, read, readline, seek/tell, getvalue, iteration.
import io

s = io.StringIO()
print(s.write("hello\n"), s.write("world\n"))
print(repr(s.getvalue()))
print(s.seek(0), repr(s.readline()), s.tell())
print([line for line in s])
s = io.StringIO("a\nbb\nccc")
print(s.readlines())
b = io.BytesIO(b"0123456789")
print(b.read(3), b.seek(-2, 2), b.read(), b.seek(2), b.read(2))
buf = bytearray(4)
b.seek(0)
print(b.readinto(buf), buf)
with io.BytesIO() as f:
    f.write(b"x" * 5)
    print(f.getvalue())
