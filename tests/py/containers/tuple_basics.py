t = (1, 'a', 2.5, None)
print(t, (), (1,), ((1,),), len(t), t[1], t[-1], t[1:3], t[::-1], t[::2])
print(t.count(1), t.index('a'), (1, 2, 1).index(1, 1))
print((1, 2) + (3,), (1,) * 3, 3 * (0,), (1, 2) * 0, () * 5)
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1,) < (1, 0), (2,) > (1, 5), (1, 2) != [1, 2])
print(2 in t, 'b' in t)
print(tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple(x for x in (5, 6)))
a, b, *c = (1, 2, 3, 4)
print(a, b, c)
for f in (lambda: t[10], lambda: t.index(99), lambda: (1,) + [1]):
    try:
        f()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__)
try:
    t[0] = 1
except TypeError:
    print('TypeError')
