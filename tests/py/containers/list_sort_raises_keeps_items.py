# a comparison that raises part-way through leaves every item in the list
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 13 or other.v == 13:
            raise ValueError('no')
        return self.v < other.v
l = [K((i * 37) % 50) for i in range(50)]
try:
    l.sort()
except ValueError:
    print('ValueError')
print(len(l), sorted(k.v for k in l) == list(range(50)))
try:
    l.sort(key=lambda k: 1 / (k.v - 20))
except ZeroDivisionError:
    print('ZeroDivisionError')
print(len(l), sorted(k.v for k in l) == list(range(50)))
