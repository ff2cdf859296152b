print([], [1], [1, 'a', (2,), [3, [4]], None, 1.5])
print(repr([['x']]), str(['y']))
print(list(), list('abc'), list(range(3)), list((1, 2)), list({1: 2}), list(x for x in 'hi'))
l = [1, 2]
m = list(l)
print(m == l, m is l)
print(l.copy(), l.copy() is l)
l.clear()
print(l)
l.reverse()
n = [1, 2, 3]
n.reverse()
print(n)
try:
    list(1)
except TypeError:
    print('TypeError')
