# default values are evaluated once, when def runs
n = 1
def f(x=n, l=[]):
    l.append(x)
    return l
n = 2
print(f(), f(), f(5))
def kw(*, a=n, b):
    return a, b
print(kw(b=0))
def mixed(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(mixed(1, c=3))
print(mixed(1, 5, 6, 7, c=3, d=8, e=9))
