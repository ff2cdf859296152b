# A list of 100 small ints costs a 16-byte header plus exactly 400 bytes of items:
# 4-byte references in 16-byte blocks, as on a 32-bit board.
import gc


def cost_of(make):
    gc.collect()
    base = gc.mem_alloc()
    x = make()
    gc.collect()
    return gc.mem_alloc() - base


cost = cost_of(lambda: [0] * 100)
print("list of 100:", cost, "bytes =", cost // 16, "blocks")
cost = cost_of(lambda: (0,) * 100)
print("tuple of 100:", cost, "bytes =", cost // 16, "blocks")
# A 32-bit MicroPython spends 128 bytes on this (header + 100 bytes of data in whole
# blocks): never more.
cost = cost_of(lambda: bytearray(100))
print("bytearray(100) within 128 bytes:", cost <= 128)
