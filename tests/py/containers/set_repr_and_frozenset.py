print(set(), frozenset(), {1}, frozenset({2}), frozenset('a'))
print(set([1, 1, 1]), set('aaa'), frozenset([3]) == frozenset([3]))
f1 = frozenset([1, 2, 3])
f2 = frozenset([3, 2, 1])
print(hash(f1) == hash(f2), {f1: 'x'}[f2])
print(frozenset(f1) is f1)
for bad in (lambda: hash({1}), lambda: {[1]}, lambda: set([[1]]), lambda: {1}.add([])):
    try:
        bad()
    except TypeError:
        print('TypeError')
print(not hasattr(frozenset(), 'add'), hasattr(set(), 'add'))
