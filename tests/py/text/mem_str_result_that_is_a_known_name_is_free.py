# A str whose text is already interned (a name the program uses) comes back as that
# qstr: building it leaves nothing allocated.
import gc

def cost(f):
    gc.collect()
    gc.disable()
    before = gc.mem_alloc()
    keep = f()
    used = gc.mem_alloc() - before
    gc.enable()
    return used

a = "pri"
b = "nt"
print("interned result:", cost(lambda: a + b))
print("equal to the name:", a + b == "print")
