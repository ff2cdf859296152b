# next with a default, iter with a sentinel.
it = iter([1, 2])
print(next(it), next(it), next(it, "end"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
n = [0]
def tick():
    n[0] += 1
    return n[0]
print(list(iter(tick, 4)))
