# uctypes over memory the simulated target does not have raises OSError(EFAULT)
# instead of crashing the interpreter
import uctypes

for f in [lambda: uctypes.bytes_at(0, 4), lambda: uctypes.bytearray_at(16, 4),
          lambda: uctypes.struct(8, {"a": uctypes.UINT32 | 0}).a]:
    try:
        f()
    except OSError as e:
        print("OSError", e.args[0])
buf = bytearray(8)
s = uctypes.struct(uctypes.addressof(buf), {"p": (uctypes.PTR | 0, uctypes.UINT8)})
try:
    s.p[0]
except OSError as e:
    print("OSError", e.args[0])
try:
    uctypes.bytes_at(uctypes.addressof(buf), -1)
except ValueError:
    print("ValueError")
print(uctypes.bytes_at(uctypes.addressof(buf), 2))
