# deque indexing (also negative, also after wrapping) and iteration
from collections import deque

d = deque((), 3)
for i in range(7):
    d.append(i)
print(d[0], d[1], d[2], d[-1], d[-3])
d[1] = 50
print([x for x in d], 5 in d, 50 in d)
for bad in (3, -4):
    try:
        d[bad]
    except IndexError:
        print("IndexError", bad)
try:
    d["a"]
except TypeError:
    print("TypeError")
it = iter(d)
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
