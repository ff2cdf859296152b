# Results cross the small int boundary (31 bits) transparently in both directions.
m = 2**30 - 1
print(m + 1, m + 1 - 1 == m, -m - 1, -m - 2, (m + 1) // 2, m * m, (m * m) // m == m)
print(abs(-(2**30)), -(-(2**30)), (2**30) * -1, 2**31, -(2**31), ~m, ~(-m - 2))
print([2**i for i in range(28, 34)])
x = 1
for i in range(100):
    x = x * 3
for i in range(100):
    x = x // 3
print(x, x == 1)
