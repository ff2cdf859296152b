# Heap cost of numbers, as on a 32-bit MicroPython board (16-byte blocks): a float
# is one block, a complex two; a big int one block of header plus its digits, never
# more than MicroPython spends.
import gc

n = 2**29
big = 2**200
f = 1.5
a = b = x = 0  # the globals exist before measuring
gc.collect()
gc.disable()  # no collection may free a previous result while measuring
a = gc.mem_alloc()
x = n * 2
b = gc.mem_alloc()
print("2**30:", b - a <= 48)
a = gc.mem_alloc()
x = n * n
b = gc.mem_alloc()
print("2**58:", b - a <= 64)
a = gc.mem_alloc()
x = big + 1
b = gc.mem_alloc()
print("2**200 + 1:", b - a <= 48)
a = gc.mem_alloc()
x = f * 2
b = gc.mem_alloc()
print("float:", b - a)
a = gc.mem_alloc()
x = complex(f, f)
b = gc.mem_alloc()
print("complex:", b - a)
a = gc.mem_alloc()
x = n + 1
b = gc.mem_alloc()
print("small int:", b - a)
