d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), len(v), len(i), 'a' in k, 2 in v, ('b', 2) in i, ('b', 3) in i, 'z' in k)
print(list(k), list(v), list(i))
d['d'] = 4
print(list(k), len(v))
for key, val in d.items():
    print(key, val, end='; ')
print()
print(sorted(k | {'z'}), sorted(k & {'a', 'q'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}))
print(k == {'a', 'b', 'c', 'd'}, {'a': 0}.keys() == {'a': 5}.keys(), k != {'a'})
print(sorted(i & {('a', 1), ('b', 9)}))
print(bool({}.keys()), bool(k))
