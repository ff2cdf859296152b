a = {1, 2, 3}
b = {3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= {1, 2, 3, 4}, a < a, a <= a, a >= {1}, a > {1, 2, 3}, a == {3, 2, 1}, a != b)
c = set(a)
c |= {9}
c &= {1, 9, 3}
print(sorted(c))
c -= {1}
c ^= {3, 5}
print(sorted(c))
f = frozenset([1, 2])
print(type(f | {3}).__name__, type({3} | f).__name__, f == {1, 2}, {1, 2} == f)
g = f
g |= {7}
print(sorted(g), sorted(f), g is f)
print(1 in a, 7 in a, 7 not in a, len(a), bool(set()))
try:
    a | [1]
except TypeError:
    print('TypeError')
