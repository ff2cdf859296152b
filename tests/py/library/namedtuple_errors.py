# namedtuple argument errors and read-only fields
from collections import namedtuple

P = namedtuple("P", "x y")
for args, kw in [((1,), {}), ((1, 2, 3), {}), ((1,), {"z": 2}), ((1,), {"x": 2})]:
    try:
        P(*args, **kw)
    except TypeError as e:
        print("TypeError")
p = P(1, 2)
try:
    p.x = 5
except AttributeError:
    print("AttributeError")
try:
    p.z
except AttributeError:
    print("AttributeError")
