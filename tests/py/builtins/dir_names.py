# dir() of a class, an instance, a module and the current scope.
class A:
    a1 = 1
    def m(self):
        pass
class B(A):
    b1 = 2
b = B()
b.inst = 3
d = dir(b)
print([n for n in d if not n.startswith("__")])
print("__class__" in d, d == sorted(d))
print([n for n in dir(B) if not n.startswith("_")])
import sys
print("version" in dir(sys), "exit" in dir(sys))
print([n for n in dir() if n in ("A", "B", "b", "sys")])
