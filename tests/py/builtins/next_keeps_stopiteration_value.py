# next() without a default lets __next__'s StopIteration through with its value.
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(42)
try:
    next(It())
except StopIteration as e:
    print("StopIteration", e.args)
print(next(It(), "default"))
