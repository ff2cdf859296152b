d = {'x': 1, 'y': 2}
print(d.get('x'), d.get('q'), d.get('q', 5))
print(d.setdefault('x', 9), d.setdefault('z'), d.setdefault('w', 4), d)
print(d.pop('w'), d.pop('nope', 'dflt'), d)
try:
    d.pop('nope')
except KeyError as e:
    print('KeyError', e.args)
print(d.popitem(), d)
c = d.copy()
c['new'] = 1
print(d, c, c is d)
d.clear()
print(d, len(d))
try:
    d.popitem()
except KeyError:
    print('KeyError')
e = {}
for i in range(5):
    e[i] = i * i
while e:
    print(e.popitem(), end=' ')
print()
