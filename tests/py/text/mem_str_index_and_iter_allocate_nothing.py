# Indexing a str or iterating over it gives one-character strs without allocating:
# every ASCII character exists once, statically.
import gc

def cost(f):
    gc.collect()
    gc.disable()
    before = gc.mem_alloc()
    keep = f()
    used = gc.mem_alloc() - before
    gc.enable()
    return used

s = "hello, world"
print("s[4]:", cost(lambda: s[4]))
def walk():
    n = 0
    for c in s:
        if c == "o":
            n += 1
    return n
print("iterating:", cost(walk))
print("s[-1:]:", cost(lambda: s[-1:]) <= 16)
