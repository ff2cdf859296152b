# gc.collect() returns the number of head blocks it freed (unix/windows behaviour).
import gc

def make_garbage(n):
    for i in range(n):
        bytearray(20)  # one object of 2 blocks (header + data) each time

gc.collect()
gc.collect()
make_garbage(10)
freed = gc.collect()
# Each bytearray(20) is at least one head block; stray temporaries may add a few.
print(freed >= 10, freed < 40)
print(gc.collect() < 3)
