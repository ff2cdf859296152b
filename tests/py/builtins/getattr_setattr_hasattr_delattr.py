# The attribute built-ins, with getattr's default.
class A:
    x = 1
a = A()
setattr(a, "y", 2)
print(getattr(a, "x"), getattr(a, "y"), getattr(a, "z", "dflt"), hasattr(a, "y"), hasattr(a, "z"))
delattr(a, "y")
print(hasattr(a, "y"), getattr(1, "real"), hasattr([], "append"), getattr([], "nope", None))
try:
    getattr(a, "z")
except AttributeError:
    print("AttributeError")
try:
    delattr(a, "y")
except AttributeError:
    print("AttributeError del")
try:
    setattr(1, "x", 2)
except AttributeError:
    print("AttributeError set")
