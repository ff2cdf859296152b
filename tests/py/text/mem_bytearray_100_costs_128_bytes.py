# bytearray(100) costs a 16-byte header plus 100 bytes of data in 16-byte blocks: 128
# bytes, as on a 32-bit board; growing it keeps the object where it is.
import gc

def cost(f):
    gc.collect()
    gc.disable()
    before = gc.mem_alloc()
    keep = f()
    used = gc.mem_alloc() - before
    gc.enable()
    return used

print("bytearray(100):", cost(lambda: bytearray(100)))
print("bytearray():", cost(lambda: bytearray()))
print("bytearray(10):", cost(lambda: bytearray(10)))
buf = bytearray(100)
def fill():
    i = 0
    n = len(buf)
    while i < n:
        buf[i] = i
        i += 1
print("filling it in place:", cost(fill))
