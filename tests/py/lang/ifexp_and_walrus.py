# conditional expressions and assignment expressions
for i in range(4):
    print("even" if i % 2 == 0 else "odd", i if i else "zero")
data = [1, 2, 3, 4]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 4], y)
def f():
    total = 0
    while (chunk := total + 1) < 4:
        total = chunk
    return total, chunk
print(f())
