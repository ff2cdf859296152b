# A class derived from io.IOBase with readinto/write/ioctl is a stream: print(file=...)
# and the stream methods use it; claiming more bytes than given is an error (EIO).
import io


class Upper(io.IOBase):
    def __init__(self):
        self.data = bytearray()

    def write(self, buf):
        self.data.extend(bytes(buf).upper())
        return len(buf)

    def ioctl(self, request, arg):
        return 0


u = Upper()
print("hello", 42, file=u)
print("x", file=u, end="!")
print(bytes(u.data))


class Liar(io.IOBase):
    def write(self, buf):
        return len(buf) + 1

    def ioctl(self, request, arg):
        return 0


try:
    print("abc", file=Liar())
except OSError as e:
    print("OSError", e.errno)
