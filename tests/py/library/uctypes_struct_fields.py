# uctypes.struct: scalar fields in both byte orders, read and written through a buffer
import uctypes

buf = bytearray(range(16))
desc = {"a": uctypes.UINT8 | 0, "b": uctypes.UINT16 | 2, "c": uctypes.INT32 | 4, "d": uctypes.INT8 | 8,
        "q": uctypes.UINT64 | 8, "f": uctypes.FLOAT32 | 12}
s = uctypes.struct(uctypes.addressof(buf), desc, uctypes.LITTLE_ENDIAN)
print(s.a, hex(s.b), hex(s.c), s.d, hex(s.q))
s.a = 0x1ff
s.b = 0xBEEF
s.c = -2
s.d = -1
s.f = 1.5
print(s.a, hex(s.b), s.c, s.d, s.f)
print(buf)
b = uctypes.struct(uctypes.addressof(buf), desc, uctypes.BIG_ENDIAN)
print(hex(b.b), b.c)
print(uctypes.addressof(s) == uctypes.addressof(buf))
try:
    s.zz
except KeyError as e:
    print("KeyError", e)
