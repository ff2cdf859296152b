print(list(enumerate('abc')), list(enumerate('ab', 5)), list(enumerate('ab', start=-1)))
print(list(zip('abc', [1, 2])), list(zip()), list(zip([1])), list(zip('ab', 'cd', 'ef')))
e = enumerate([10, 20])
print(next(e), next(e))
try:
    next(e)
except StopIteration:
    print('StopIteration')
z = zip([1, 2], 'xyz')
print(next(z), iter(z) is z)
for f in (lambda: enumerate(5), lambda: zip(1, 2)):
    try:
        f()
    except TypeError:
        print('TypeError')
