# errno.errorcode is exactly MicroPython's set, and OSError names every one of them.
import errno
print(len(errno.errorcode), errno.errorcode)
for code, name in sorted(errno.errorcode.items()):
    print(OSError(code), getattr(errno, name) == code)
try:
    open("/no/such/file")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
