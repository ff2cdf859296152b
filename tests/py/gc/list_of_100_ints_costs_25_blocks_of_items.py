# A list of 100 small ints costs a 16-byte header plus exactly 400 bytes of items:
# 4-byte references in 16-byte blocks, as on a 32-bit board.
import gc

l = None
base = 0
gc.collect()
base = gc.mem_alloc()
l = [0] * 100
gc.collect()
cost = gc.mem_alloc() - base
print("list of 100:", cost, "bytes =", cost // 16, "blocks")
l = None
gc.collect()
print("freed:", gc.mem_alloc() - base)
