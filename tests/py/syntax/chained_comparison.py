# a < b < c compares pairwise and evaluates each operand once
def v(x):
    print('eval', x)
    return x
print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2)
print(v(1) < v(2) < v(0) < v(5))
n = None
print(1 == 1 != 2, n is not None, n is None, 2 not in [1, 3], 2 in [1, 2])
print(1 <= 1 >= 0 != 5 == 5)
x = 5
print(0 < x < 10, 0 < x < 3)
a = [1]
print(a is a is not None)
