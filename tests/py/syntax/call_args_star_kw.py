# call arguments: positional, keyword, *iterables and **mappings in any legal order
def f(*args, **kw):
    return args, sorted(kw.items())
print(f())
print(f(1, 2))
print(f(1, b=2))
print(f(*[1, 2], 3))
print(f(1, *(2, 3), *[4]))
print(f(**{'a': 1}, b=2))
print(f(a=1, **{'b': 2}, **{'c': 3}))
print(f(1, *[2], x=3, **{'y': 4}))
print(list(f(x for x in range(3))[0][0]))
print(f(1,))
print(f(
    1,
    k=2,
))
def g(a, b, c=3):
    return a, b, c
print(g(1, 2), g(1, b=5), g(c=0, b=1, a=2), g(*[1, 2, 3]))
