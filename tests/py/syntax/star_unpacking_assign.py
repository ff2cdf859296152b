# unpacking in assignments and for targets, with starred targets
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = 'xy'
print(f, g)
h, *i = range(4)
print(h, i)
*j, k = [1, 2, 3]
print(j, k)
l, *m, n = 1, 2
print(l, m, n)
*o, = (7, 8)
print(o)
[p, *q], r = [1, 2, 3], 4
print(p, q, r)
x = y = z = 0
print(x, y, z)
s, t = u = 5, 6
print(s, t, u)
for v, (w1, w2) in [(1, (2, 3)), (4, (5, 6))]:
    print(v, w1, w2)
for v, in [[9]]:
    print(v)
for first, *rest in ['abc', 'de']:
    print(first, rest)
t2 = 1,
print(t2, (), (1, 2,))
print(*[1, 2], *'ab')
