# uctypes: nested structs, arrays of scalars and of structs, pointers, bitfields
import uctypes

buf = bytearray(32)
desc = {
    "hdr": (0, {"x": uctypes.UINT8 | 0, "y": uctypes.UINT8 | 1}),
    "bytes": (uctypes.ARRAY | 2, uctypes.UINT8 | 4),
    "words": (uctypes.ARRAY | 6, uctypes.UINT16 | 3),
    "pairs": (uctypes.ARRAY | 12, 2, {"lo": uctypes.UINT8 | 0, "hi": uctypes.UINT8 | 1}),
    "ptr": (uctypes.PTR | 16, uctypes.UINT8),
    "flags": uctypes.BFUINT8 | 20 | 1 << uctypes.BF_POS | 3 << uctypes.BF_LEN,
    "sflag": uctypes.BFINT8 | 20 | 4 << uctypes.BF_POS | 4 << uctypes.BF_LEN,
}
s = uctypes.struct(uctypes.addressof(buf), desc, uctypes.LITTLE_ENDIAN)
s.hdr.x = 7
s.hdr.y = 9
s.bytes[1] = 0xAA
s.words[2] = 0x1234
s.pairs[1].hi = 5
print(s.hdr.x, s.hdr.y, type(s.bytes), s.bytes, s.words[2], s.pairs[1].hi)
s.flags = 5
s.sflag = -3
print(s.flags, s.sflag, hex(buf[20]))
data = bytearray(b"hello")
buf[16:20] = uctypes.addressof(data).to_bytes(4, "little")
print(s.ptr[0], s.ptr[4])
try:
    s.words[3]
except IndexError:
    print("IndexError")
print(buf[:16])
print(uctypes.bytes_at(uctypes.addressof(data), 3), uctypes.bytearray_at(uctypes.addressof(data), 2))
