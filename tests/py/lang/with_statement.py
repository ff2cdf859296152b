# with: several items, __exit__ arguments, suppression
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.suppress
with CM("a") as a, CM("b") as b:
    print("body", a, b)
with CM("s", True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with CM("n"):
        raise ValueError("kept")
except ValueError as e:
    print("propagated", e)
def f():
    with CM("r"):
        return "returned"
print(f())
with CM("t") as (x):
    pass
print(x)
