# platform answers with strings as MicroPython's unix port does
import platform

print(type(platform.platform()), platform.platform().startswith("Linux-"), "-with-" in platform.platform())
print(platform.python_compiler().split(" ")[0] in ("GCC", "Clang"))
v = platform.libc_ver()
print(type(v), len(v), v[0])
import uplatform
print(uplatform is platform)
