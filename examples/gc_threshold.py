# The seed's "quick fix": collect early and set a threshold, so collections come often
# and short instead of rarely and long. heapviz's timeline shows the difference:
#     micropython -X heapviz=sdl examples/gc_threshold.py
import gc


def churn(n):
    # Makes garbage steadily; counts the automatic collections by watching the
    # allocated total drop.
    collections = 0
    last = gc.mem_alloc()
    keep = []
    for i in range(n):
        keep.append([i] * 8)
        if len(keep) > 50:
            keep.pop(0)
        now = gc.mem_alloc()
        if now < last:
            collections += 1
        last = now
    return collections


gc.collect()
print("no threshold: {} automatic collections".format(churn(20000)))
gc.collect()
gc.threshold(gc.mem_free() // 4 + gc.mem_alloc())
print("threshold of {} bytes: {} automatic collections".format(gc.threshold(), churn(20000)))
gc.threshold(-1)
