# struct.pack_into writes into an existing buffer and allocates nothing; unpack_from
# reads from an offset.
import gc
import struct

buf = bytearray(16)
before = after = 0
struct.pack_into("<HI", buf, 2, 1, 2)  # warm up
gc.collect()
gc.disable()
before = gc.mem_alloc()
struct.pack_into("<HI", buf, 4, 0x1234, 0xDEADBEEF)
struct.pack_into(">h", buf, 0, -2)
after = gc.mem_alloc()
gc.enable()
print(after - before)
print(buf)
print(struct.unpack_from("<HI", buf, 4), struct.unpack_from(">h", buf))
try:
    struct.pack_into("<I", buf, 14, 1)
except ValueError as e:
    print("ValueError", e)
