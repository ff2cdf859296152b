# The seed's Report example, checked: defining func() costs a little bytecode, running
# it allocates the 10,000-byte bytearray (10 KB) and more, and gc.collect() brings the
# heap back to within a few blocks of where it was.
import gc

def func():
    a = bytearray(10000)

gc.collect()
defined = gc.mem_alloc()
func()
ran = gc.mem_alloc()
gc.collect()
collected = gc.mem_alloc()
print("func run allocates at least 10000 bytes:", ran - defined >= 10000)
print("collect returns to within 4 blocks:", abs(collected - defined) <= 4 * 16)
