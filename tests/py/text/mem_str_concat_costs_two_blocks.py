# "foo" + "bar" makes one new str: a 16-byte header and its data, 2 blocks (the
# seed's example); a longer result grows by whole blocks only.
import gc

def cost(f):
    gc.collect()
    gc.disable()
    before = gc.mem_alloc()
    keep = f()
    used = gc.mem_alloc() - before
    gc.enable()
    return used

x = "foo"
y = "bar"
print('"foo" + "bar":', cost(lambda: x + y))
print("40 chars:", cost(lambda: x * 10 + y * 3 + "c"))
