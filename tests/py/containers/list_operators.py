a = [1, 2]
b = [3]
print(a + b, a * 3, 2 * a, a * 0, a * -1, [] * 5)
c = a
c += b
print(c is a, a)
c *= 2
print(a)
print([1, 2] == [1, 2], [1, 2] != [1, 2.0], [1, 2] < [1, 3], [1] < [1, 0], [2] > [1, 9], [] <= [], [1] >= [1, 0])
print(2 in a, 5 in a, 5 not in a, [1] == (1,))
for f in (lambda: a + (1,), lambda: a * 'x', lambda: a < (1,)):
    try:
        f()
    except TypeError:
        print('TypeError')
print(bool([]), bool([0]), len([None] * 7))
