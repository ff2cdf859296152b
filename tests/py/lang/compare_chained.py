# chained comparisons evaluate each operand once and short-circuit
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 >= 1)
print(v(1) < v(2) < v(0) < v(5))
print(calls)
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 != 6)
print(1 in [1, 2] in [[1, 2]], 3 not in [1], None is None is not False)
