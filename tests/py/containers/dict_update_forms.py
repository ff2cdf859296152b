d = {}
d.update({'a': 1})
d.update([('b', 2), ['c', 3]])
d.update(e=5, f=6)
d.update((('g', 7),), h=8)
print(d)
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({1: 2}, x=3), dict(zip('ab', (1, 2))))
class M:
    def keys(self):
        return ['k1', 'k2']
    def __getitem__(self, k):
        return k.upper()
print(dict(M()))
for bad in ([1], [(1, 2, 3)], [(1,)]):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
d = {'a': 1}
d.update(d)
print(d)
print({'a': 1} | {'b': 2}, end=' ')
d |= {'c': 3}
print(d)
