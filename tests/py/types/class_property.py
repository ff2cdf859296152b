# property getters, setters and deleters; read-only properties refuse stores.
class C:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
    @x.deleter
    def x(self):
        print("deleting")
        del self._x
    @property
    def ro(self):
        return "ro"

c = C()
print(c.x)
c.x = 5
print(c.x, c._x)
del c.x
print(hasattr(c, "_x"), c.ro)
try:
    c.ro = 1
except AttributeError:
    print("AttributeError")
class D(C):
    pass
d = D()
d.x = 3
print(d.x)
