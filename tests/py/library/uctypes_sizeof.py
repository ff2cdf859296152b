# uctypes.sizeof: packed layouts and native (C) alignment; bad descriptors raise TypeError
import uctypes as u

for d in [{"a": u.UINT8 | 0, "b": u.UINT16 | 1}, {"a": u.UINT8 | 0, "b": u.UINT16 | 2, "c": u.UINT8 | 4},
          {"p": (u.PTR | 2, u.UINT8)}, {"arr": (u.ARRAY | 1, u.UINT16 | 3)}, {"s": (2, {"x": u.INT32 | 0})},
          {"q": u.INT64 | 16}]:
    print(u.sizeof(d), u.sizeof(d, u.LITTLE_ENDIAN), u.sizeof(d, u.NATIVE))
s = u.struct(0, {"a": u.UINT32 | 0, "c": u.UINT8 | 6})
print(u.sizeof(s))
for bad in [u.UINT8, "x", {"a": "x"}]:
    try:
        u.sizeof(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    u.addressof(5)
except TypeError as e:
    print("TypeError", e)
