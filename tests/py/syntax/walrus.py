# assignment expressions (:=)
if (n := 10) > 5:
    print('n is', n)
data = [1, 2, 3, 4]
print([y for x in data if (y := x * x) > 4])
print(y)
i = 0
while (i := i + 1) < 3:
    print('loop', i)
print((z := 5), z)
def f(v):
    return v
print(f(w := 7), w)
print([a := 1, a + 1])
