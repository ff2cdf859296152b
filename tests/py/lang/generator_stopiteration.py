# StopIteration raised inside a generator becomes RuntimeError
def g():
    yield 1
    raise StopIteration
it = g()
print(next(it))
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
