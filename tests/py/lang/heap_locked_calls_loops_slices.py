# calls, range loops, slices of built-in sequences and super() method calls run
# with the heap locked: frames, loop counters and slice objects take no heap
import micropython
class A:
    def f(self, x):
        return x + 1
class B(A):
    def f(self, x):
        return super().f(x) * 2
def add(a, b=1, *, c=2):
    return a + b + c
buf = bytearray(8)
lst = [1, 2, 3, 4, 5]
b = B()
t = i = 0
micropython.heap_lock()
t = 0
for i in range(10):
    t += add(i, c=0)
for i in range(10, 0, -3):
    t += i
buf[2:4] = b"ab"
t += lst[1:3][0] if False else 0
t += b.f(1)
micropython.heap_unlock()
print(t, buf)
