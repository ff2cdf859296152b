# foo(b'\1\2\xff') costs less RAM than foo((1, 2, 0xff)): counting both what the
# mpsim: heap-exact
# compiled code keeps (its constants) and what each call allocates.
import gc


def foo(bar):
    for x in bar:
        pass


with_tuple = with_bytes = None  # the names exist before measuring
m0 = m1 = m2 = r0 = r1 = r2 = 0


def ram_to_define(src):
    gc.collect()
    before = gc.mem_alloc()
    exec(src)
    gc.collect()
    return gc.mem_alloc() - before


def ram_to_call(f):
    f()
    gc.collect()
    gc.disable()
    before = gc.mem_alloc()
    f()
    after = gc.mem_alloc()
    gc.enable()
    return after - before


# Warm up the compiler's own first-use allocations.
ram_to_define("def _warm():\n    foo((1, 2))\n")
define_tuple = ram_to_define("global with_tuple\ndef with_tuple():\n    foo((1, 2, 0xff))\n")
define_bytes = ram_to_define("global with_bytes\ndef with_bytes():\n    foo(b'\\1\\2\\xff')\n")
call_tuple = ram_to_call(with_tuple)
call_bytes = ram_to_call(with_bytes)
print("bytes cost less than the tuple:", define_bytes + call_bytes < define_tuple + call_tuple)
print("calling with bytes allocates:", call_bytes)
