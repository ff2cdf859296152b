# The seed's lesson on fragmentation: objects created and dropped leave holes that only
# smaller objects can use. Run it with the heap visualiser to watch the holes appear:
#     micropython -X heapviz=sdl examples/fragmentation.py
#     micropython -X heapviz=curses,tty=/dev/pts/N examples/fragmentation.py
import gc
import micropython

gc.collect()
keep = []
dropped = []
# Fill most of the heap with small lists, then drop all but every 8th.
i = 0
while gc.mem_free() > gc.mem_alloc() // 8 + 4096:
    l = [i, i + 1, i + 2]
    if i % 8 == 0:
        keep.append(l)
    else:
        dropped.append(l)
    i += 1
dropped = None
gc.collect()
print("free:", gc.mem_free(), "bytes")
micropython.mem_info()
try:
    big = bytearray(gc.mem_free() // 4)
    print("a buffer of a quarter of the free memory fits")
except MemoryError:
    print("MemoryError: the free memory is split into small holes")
