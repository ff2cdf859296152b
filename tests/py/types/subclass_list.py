# A list subclass delegates to its native list and can add behaviour.
class L(list):
    def total(self):
        return sum(self)

l = L([1, 2])
l.append(3)
l += [4]
print(l, len(l), l[0], l[-1], l.total(), isinstance(l, list), type(l).__name__)
l[0] = 10
print(l[0], 10 in l, sorted(l), l == [10, 2, 3, 4], list(reversed(l)))
class Init(list):
    def __init__(self, a, b):
        super().__init__()
        self.append(a + b)
print(Init(1, 2))
