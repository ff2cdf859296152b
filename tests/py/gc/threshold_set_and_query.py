# gc.threshold(): -1 means no threshold; setting it makes collections happen when that
# many bytes have been allocated since the last one.
import gc

print(gc.threshold())
gc.collect()
gc.threshold(gc.mem_free() // 4 + gc.mem_alloc())
print(gc.threshold() > 0)
gc.threshold(4096)
print(gc.threshold())
gc.threshold(-1)
print(gc.threshold())
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
