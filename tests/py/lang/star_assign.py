# starred assignment targets
a, *b, c = range(5)
print(a, b, c)
*a, b = [1, 2]
print(a, b)
a, *b = "x"
print(a, b)
(a, b), *c = [(1, 2), 3, 4]
print(a, b, c)
for x, *y in [(1, 2, 3), (4,)]:
    print(x, y)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError")
x, y = y, x = 1, 2
print(x, y)
