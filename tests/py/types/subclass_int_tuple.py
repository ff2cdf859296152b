# Immutable built-ins: the value comes from the constructor's arguments.
class I(int):
    def double(self):
        return self * 2

i = I(21)
print(i + 1, i.double(), i == 21, isinstance(i, int))

class T(tuple):
    def first(self):
        return self[0]

t = T([1, 2, 3])
print(t, len(t), t.first(), t[1:])

class P(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

print(P(1, 2), len(P(3, 4)))
