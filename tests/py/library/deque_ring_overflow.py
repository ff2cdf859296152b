# deque(iterable, maxlen): a full deque drops from the other end, or raises with flags=1
from collections import deque

d = deque((1, 2, 3, 4, 5), 3)
print(list(d), len(d), bool(d))
d.append(6)
d.appendleft(0)
print(list(d))
d.extend([7, 8])
print(list(d), d.pop(), d.popleft(), list(d))
d = deque((), 2, 1)
d.append(1)
d.append(2)
try:
    d.append(3)
except IndexError as e:
    print("IndexError", e)
try:
    d.appendleft(3)
except IndexError as e:
    print("IndexError", e)
d = deque((), 2)
for f in (d.pop, d.popleft):
    try:
        f()
    except IndexError as e:
        print("IndexError", e)
print(d)
