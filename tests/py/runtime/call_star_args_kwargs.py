# Calls with *args and **kwargs, mixed with plain arguments.
def f(a, b=2, *rest, c=3, **kw):
    return (a, b, rest, c, sorted(kw.items()))
print(f(*[1]))
print(f(1, *(5, 6, 7)))
print(f(*range(2), c=9, **{'z': 1}))
print(f(**{'a': 1, 'b': 4}))
args = (10, 20)
kwargs = {'c': 30, 'y': 40}
print(f(*args, **kwargs))
print(max(*[3, 9, 4]), '-'.join(*[('a', 'b')]))
print(*[1, 2], sep='+')
