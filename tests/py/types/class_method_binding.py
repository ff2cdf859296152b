# Methods bind self; a function stored on an instance does not.
class A:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

a = A(5)
m = a.get
print(m(), A.get(a))
a.f = lambda: "plain"
print(a.f())
A.g = lambda self: self.v * 2
print(a.g())
