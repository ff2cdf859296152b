# isinstance/issubclass with tuples, built-in hierarchies and bool being an int.
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(B(), (int, A)))
print(isinstance(True, int), issubclass(bool, int), isinstance(1, bool))
print(issubclass(B, (str, (int, A))), issubclass(A, object), isinstance(3, object))
print(issubclass(KeyError, LookupError), isinstance(KeyError(), Exception))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(A, type))
try:
    issubclass(1, int)
except TypeError:
    print("TypeError 1")
try:
    isinstance(1, 1)
except TypeError:
    print("TypeError 2")
