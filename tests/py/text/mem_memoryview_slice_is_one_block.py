# A memoryview is one 16-byte block and slicing one copies no data.
import gc

def cost(f):
    gc.collect()
    gc.disable()
    before = gc.mem_alloc()
    keep = f()
    used = gc.mem_alloc() - before
    gc.enable()
    return used

buf = bytearray(1000)
m = memoryview(buf)
print("memoryview:", cost(lambda: memoryview(buf)))
print("slice of 500 bytes <= 2 blocks:", cost(lambda: m[100:600]) <= 32)
