# The facts sys gives about the interpreter (a 32-bit MicroPython target).
import sys
print(sys.implementation.name)
print(sys.version_info[0], sys.version_info >= (3, 4), sys.version[:5])
print(sys.maxsize == 2**31 - 1, sys.maxsize + 1 - 1 == sys.maxsize)
print(sys.byteorder, sys.platform)
print(type(sys.path), type(sys.argv), type(sys.modules))
print(str(sys.implementation).find('version=') > 0)
