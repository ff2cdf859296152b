d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), d['a'], 'b' in d, 'z' in d, 'z' not in d)
del d['b']
print(d)
d['a'] = 10
print(d)
print({}, {1: {2: [3]}}, dict(), bool({}), bool({0: 0}))
try:
    d['nope']
except KeyError as e:
    print('KeyError', e.args)
try:
    del d['nope']
except KeyError as e:
    print('KeyError', e.args)
try:
    d[[1]] = 2
except TypeError:
    print('TypeError')
try:
    {}.get([])
except TypeError:
    print('TypeError')
