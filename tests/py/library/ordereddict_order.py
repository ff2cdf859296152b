# OrderedDict keeps insertion order at any size, is a dict, and repr shows its type
from collections import OrderedDict

d = OrderedDict([("z", 1), ("a", 2)])
d["m"] = 3
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
big = OrderedDict()
for i in range(40):
    big[str(39 - i)] = i
print(list(big)[:5], list(big)[-3:])
del big["39"]
print(list(big)[:2], len(big))
print(isinstance(d, dict), type(d) is OrderedDict)
c = d.copy()
print(type(c) is OrderedDict, c == d, c is d)
d.clear()
print(d, len(d))
for i in range(20):
    d[20 - i] = i
print(list(d)[:4])
print(OrderedDict(b=1, a=2).popitem())
print(d.get(20), d.pop(19), 19 in d)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == OrderedDict(a=1, b=2))
