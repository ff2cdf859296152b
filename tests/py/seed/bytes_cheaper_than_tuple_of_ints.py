# foo(b'\1\2\xff') allocates less than foo((1, 2, 0xff)).
import gc

def foo(bar):
    for x in bar:
        pass

def with_tuple():
    foo((1, 2, 0xff))

def with_bytes():
    foo(b'\1\2\xff')

a0 = a1 = a2 = 0
with_tuple()
with_bytes()
gc.collect()
gc.disable()
a0 = gc.mem_alloc()
with_tuple()
a1 = gc.mem_alloc()
with_bytes()
a2 = gc.mem_alloc()
gc.enable()
print("bytes cost less than the tuple:", a2 - a1 < a1 - a0)
