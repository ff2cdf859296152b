# sum with and without a start value.
print(sum([]), sum([1, 2, 3]), sum(range(5), 10), sum([0.5, 0.25]), sum([[1], [2]], []))
print(sum((x for x in range(4)), 100), sum([True, True, True]))
