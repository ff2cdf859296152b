# next() on a finished generator raises StopIteration carrying the return value
def g():
    yield 1
    return "value"
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value)
print(list(g()))
