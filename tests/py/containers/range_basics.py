r = range(1, 10, 2)
print(r, range(5), range(2, 3), range(5, 0, -1), len(r), len(range(0)), len(range(5, 0)))
print(r.start, r.stop, r.step, range(4).start, range(4).step)
print(r[0], r[-1], r[2], list(r), list(range(5, 0, -2)), list(range(-3)))
print(3 in r, 4 in r, 9 in r, 11 in r, 3.0 in r, 'a' in r, True in range(2))
print(r == range(1, 11, 2), range(0) == range(3, 3), range(2) != range(3), range(1) == [0])
print(bool(range(0)), bool(range(1)), r.index(5), r.count(5), r.count(4))
try:
    r[5]
except IndexError:
    print('IndexError')
try:
    range(1, 2, 0)
except ValueError:
    print('ValueError')
