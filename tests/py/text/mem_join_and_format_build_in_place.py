# join and format build their result in one buffer that becomes the str: the result
# costs its header and data, nothing else stays allocated.
import gc

def cost(f):
    gc.collect()
    gc.disable()
    before = gc.mem_alloc()
    keep = f()
    used = gc.mem_alloc() - before
    gc.enable()
    return used

parts = ["alpha", "beta", "gamma"]
print("join:", cost(lambda: ",".join(parts)))
t = 21.5
p = 42
print("format:", cost(lambda: "Temperature {:5.2f} Pressure {:06d}\n".format(t, p)))
print("percent (with its tuple):", cost(lambda: "T=%5.2f P=%06d" % (t, p)))
s = "  hello  "
print("strip:", cost(lambda: s.strip()))
