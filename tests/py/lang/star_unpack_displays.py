# * and ** in list, tuple, set and dict displays
a = [1, 2]
b = (3,)
print([*a, *b, 4])
print((*a, 0))
print(sorted({*a, *b, 1}))
print({**{"x": 1}, "y": 2, **{"x": 3}})
print([*"ab", *range(2)])
print(*a, *b)
