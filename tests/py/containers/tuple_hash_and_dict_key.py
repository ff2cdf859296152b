d = {(1, 2): 'a', (1, (2, 3)): 'b', (): 'c'}
print(d[(1, 2)], d[1, (2, 3)], d[()])
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2)), hash(()) == hash(()))
s = {(1, 2), (1, 2), (2, 1)}
print(len(s))
try:
    hash((1, [2]))
except TypeError:
    print('TypeError')
