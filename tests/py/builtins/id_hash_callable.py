# id is stable and distinct; hash agrees with equality; callable.
a = []
b = []
print(id(a) == id(a), id(a) != id(b), isinstance(id(a), int))
print(hash(1) == hash(1.0), hash("x") == hash("x"), hash((1, 2)) == hash((1, 2)))
print(callable(len), callable(print), callable(1), callable(lambda: 0), callable(int))
try:
    hash([])
except TypeError:
    print("TypeError")
