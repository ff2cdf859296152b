# A request larger than the heap raises MemoryError; the interpreter goes on and can
# still allocate.
import gc

try:
    b = bytearray(10 * 1024 * 1024)
    print("allocated?!")
except MemoryError as e:
    print("MemoryError:", e)
b = bytearray(1000)
print(len(b))
l = [i for i in range(100)]
print(sum(l))
