# The seed's lesson on fragmentation: objects created and dropped leave holes that only
# smaller objects can use. Run it with the heap visualiser to watch the holes appear:
#     micropython -X heapviz=sdl examples/fragmentation.py
#     micropython -X heapviz=curses,tty=/dev/pts/N examples/fragmentation.py
import gc
import micropython

gc.collect()
keep = []
# Many small lists: keep every 8th, drop the rest.
for i in range(2000):
    l = [i, i + 1, i + 2]
    if i % 8 == 0:
        keep.append(l)
gc.collect()
print("free:", gc.mem_free(), "bytes")
micropython.mem_info()
try:
    big = bytearray(gc.mem_free() // 2)
    print("a buffer of half the free memory fits")
except MemoryError:
    print("MemoryError: free memory is split into small holes")
