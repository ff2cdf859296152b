# An instance of a plain class costs one 16-byte block, as on a 32-bit MicroPython;
# its first attribute adds one block of members table. A class costs no more than there.
import gc

class A:
    pass

def measure():
    a = None
    gc.collect()
    m0 = gc.mem_alloc()
    a = A()
    m1 = gc.mem_alloc()
    print("instance", m1 - m0)
    a.x = 1
    m2 = gc.mem_alloc()
    print("first attribute", m2 - m1)
    gc.collect()
    m0 = gc.mem_alloc()
    class B:
        pass
    m1 = gc.mem_alloc()
    print("class within MicroPython's 112 bytes:", m1 - m0 <= 112)
    gc.collect()
    m0 = gc.mem_alloc()
    class C(A):
        x = 1
        def f(self):
            pass
        def g(self):
            pass
    m1 = gc.mem_alloc()
    print("class with methods within MicroPython's 192 bytes:", m1 - m0 <= 192)

measure()
