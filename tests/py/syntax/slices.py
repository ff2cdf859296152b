# slice syntax: start:stop:step with any part left out, and tuples of slices
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[::2], s[1::3], s[::-1], s[-3:-1], s[5:1:-2])
print(s[1:2:], s[::], 'abcdef'[1:-1])
class K:
    def __getitem__(self, k):
        return k
k = K()
print(k[1:2], k[1:2:3], k[:, 1], k[1, 2:3], k[...], k[()], k[1,])
print(k[::], k[:-1], k['a':'b'])
s[2:4] = ['x']
print(s)
del s[0:2]
print(s)
