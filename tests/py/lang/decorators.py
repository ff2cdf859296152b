# decorators apply bottom-up, at definition time
def deco(tag):
    def wrap(f):
        print("decorating", f.__name__, "with", tag)
        def inner(*a):
            return tag + "(" + str(f(*a)) + ")"
        return inner
    return wrap
@deco("outer")
@deco("inner")
def g(x):
    return x * 2
print(g(4))
def cls_deco(c):
    c.tagged = True
    return c
@cls_deco
class K:
    pass
print(K.tagged)
class P:
    @staticmethod
    def s():
        return "static"
    @classmethod
    def c(cls):
        return cls.__name__
    @property
    def p(self):
        return "prop"
print(P.s(), P.c(), P().p)
