s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
print(s.indices(5), slice(None).indices(3), slice(None, None, -1).indices(4), slice(-100, 100).indices(7))
l = list(range(12))
print(l[s], l[slice(3)], (1, 2, 3)[slice(1, None)])
class C:
    def __getitem__(self, i):
        return i
c = C()
k = c[1:2]
print(type(k).__name__, k.start, k.stop, k.step, c[::3].step, c[1:2, 3])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
