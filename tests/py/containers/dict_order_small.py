# dicts of up to 12 entries keep insertion order, as in CPython
d = {}
for k in [5, 'x', 3, 9, (1,), 1, 'a', 7, 2, 8]:
    d[k] = str(k)
print(d)
del d[3]
d[3] = 'back'
print(list(d))
print({'zeta': 1, 'alpha': 2, 'mid': 3})
print(dict(c=1, a=2, b=3))
