# A bound method remembers its object; two of them are equal when both match.
l = []
m = l.append
m(1)
m(2)
print(l)
print(l.append == l.append, [].append == [].append, hash(l.append) == hash(l.append))
class A:
    def f(self, x):
        return (self.n, x)
a = A()
a.n = 7
g = a.f
print(g(1), g(x=2))
