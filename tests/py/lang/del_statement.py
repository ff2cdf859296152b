# del on names, attributes, subscripts and tuples of targets
x = 1
del x
try:
    x
except NameError:
    print("x gone")
class A:
    pass
a = A()
a.p = 1
del a.p
print(hasattr(a, "p"))
l = [1, 2, 3]
d = {"a": 1, "b": 2}
del l[0], d["a"]
print(l, d)
def f():
    y = 2
    del y
    try:
        return y
    except NameError:
        return "unbound"
print(f())
