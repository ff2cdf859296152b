# object.__new__ allocates instances of classes only; __hash__ must give an int.
class Foo:
    def __init__(self):
        self.attr = 1
o = object.__new__(Foo)
print(isinstance(o, Foo), hasattr(o, "attr"))
o.__init__()
print(o.attr)
try:
    object.__new__(int)
except TypeError:
    print("TypeError")
class H:
    def __hash__(self):
        return True
class N:
    def __hash__(self):
        return None
print(hash(H()))
try:
    hash(N())
except TypeError:
    print("TypeError")
