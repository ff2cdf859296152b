# list, set, dict comprehensions and generator expressions with nested for/if
print([x * y for x in range(3) for y in range(3) if x != y])
print([x for x in range(10) if x % 2 if x > 3])
print(sorted({c for c in 'hello'}))
print({k: v for k, v in zip('ab', (1, 2))})
print(sum(x * x for x in range(4)))
print(list((x, y) for x in 'ab' for y in (1, 2)))
print([[j for j in range(i)] for i in range(4)])
print([(lambda: i)() for i in range(3)])
m = [[1, 2], [3, 4]]
print([v for row in m for v in row])
print([a + b for a, b in [(1, 2), (3, 4)]])
print({x: [y for y in range(x)] for x in range(3)})
print(max(x for x in [3, 9, 2]), any(x > 2 for x in (1, 3)))
