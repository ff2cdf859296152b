# enumerate, map, zip and filter end cleanly when the wrapped iterator raises StopIteration
class A:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        self.n -= 1
        if self.n < 0:
            raise StopIteration(42)
        return self.n
print(list(enumerate(A(3))), list(map(abs, A(2))), list(zip(A(5), A(2))), list(filter(None, A(4))))
for name, make in (('enumerate', lambda: enumerate(A(0))), ('map', lambda: map(abs, A(0))),
                   ('zip', lambda: zip(A(0))), ('filter', lambda: filter(None, A(0)))):
    try:
        next(make())
    except StopIteration:
        print(name, 'StopIteration')
