# property with getter/setter/deleter, staticmethod and classmethod on classes.
class P:
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
        print('deleting')
    @property
    def ro(self):
        return 'read-only'
    @staticmethod
    def s(a):
        return ('s', a)
    @classmethod
    def c(cls, a):
        return (cls.__name__, a)
p = P()
print(p.x)
p.x = 5
print(p.x)
del p.x
print(p.ro, P.s(1), p.s(2), P.c(3), p.c(4))
try:
    p.ro = 1
except AttributeError:
    print('AttributeError on read-only property')
class Q(P):
    pass
print(Q.c(5), Q().x)
print(type(P.__dict__['x']).__name__)
