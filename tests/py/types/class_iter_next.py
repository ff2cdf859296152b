# for loops use __iter__ and __next__; StopIteration ends them.
class Count:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

print(list(Count(3)))
for x in Count(2):
    print(x)
print(sum(Count(4)), next(Count(1)), next(iter(Count(0)), "done"))
