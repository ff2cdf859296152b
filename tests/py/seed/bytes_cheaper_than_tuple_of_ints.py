# foo(b'\1\2\xff') allocates less than foo((1, 2, 0xff)): the tuple is built in RAM at
# every call, the bytes literal is a constant of the compiled code.
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
print("a call with the tuple allocates:", a1 - a0)
print("a call with bytes allocates:", a2 - a1)
print("bytes cost less than the tuple:", a2 - a1 < a1 - a0)
