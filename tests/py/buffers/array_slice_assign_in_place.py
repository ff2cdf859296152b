# Assigning a buffer to an equal-length slice of an array or bytearray copies in place
# and allocates nothing; the arrays keep their identity.
import gc
from array import array

a = array("h", range(8))
b = bytearray(8)
src_a = array("h", [100, 101, 102])
src_b = b"xyz"
before = after = 0
a[0:3] = src_a  # warm up
gc.collect()
gc.disable()
before = gc.mem_alloc()
a[2:5] = src_a
b[1:4] = src_b
after = gc.mem_alloc()
gc.enable()
print(after - before)
print(a)
print(b)
