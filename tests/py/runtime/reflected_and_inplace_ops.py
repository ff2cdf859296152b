# a + b falls back to b.__radd__; a += b falls back to a + b.
class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return V(self.v + (other.v if isinstance(other, V) else other))
    def __radd__(self, other):
        return V(other + self.v)
    def __lt__(self, other):
        return self.v < other
    def __repr__(self):
        return 'V(%r)' % self.v
print(V(1) + 2, 3 + V(4), V(1) + V(2))
x = V(10)
x += 5
print(x)
print(V(1) < 2, 3 > V(1), V(5) < 2)
print(sum([V(1), V(2)], 0))
