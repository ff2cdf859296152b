# Arithmetic special methods, reflected forms and NotImplemented.
class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented

    def __radd__(self, o):
        return V(o * 100 + self.x)

    def __mul__(self, o):
        return V(self.x * o)

    def __repr__(self):
        return "V(%d)" % self.x

print(V(1) + V(2), V(1) + 5, 5 + V(1), V(3) * 2)
try:
    V(1) + "s"
except TypeError:
    print("TypeError")
v = V(1)
v += 1
print(v)
v *= 3
print(v)
