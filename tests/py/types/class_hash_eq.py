# Instances hash by identity unless __hash__ says otherwise; __eq__ alone makes them unhashable.
class P: pass
class H:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, o):
        return self.k == o.k
class E:
    def __eq__(self, o):
        return True

p = P()
print(hash(p) == hash(p), {p: 1}[p])
d = {H("a"): 1}
print(d[H("a")], hash(H(7)) == hash(7))
try:
    hash(E())
    print("hashable")
except TypeError:
    print("TypeError")
