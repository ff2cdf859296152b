# Instance attributes live in the instance; class attributes are shared until shadowed.
class A:
    shared = 10

a = A()
b = A()
a.x = 1
print(a.x, a.shared, b.shared)
a.shared = 20
print(a.shared, b.shared, A.shared)
A.shared = 30
print(a.shared, b.shared)
del a.shared
print(a.shared)
try:
    del a.missing
except AttributeError:
    print("AttributeError on del")
try:
    b.x
except AttributeError:
    print("AttributeError on load")
print(sorted(a.__dict__.items()))
