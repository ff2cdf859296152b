# comprehensions run in their own scope
x = "outer"
print([x for x in range(3)], x)
print({x: x * x for x in range(3)}, x)
print(sorted({x % 3 for x in range(10)}), x)
g = (x * 2 for x in range(4))
print(list(g), x)
print([(i, j) for i in range(3) for j in range(i) if (i + j) % 2])
print([[j for j in range(i)] for i in range(4)])
class C:
    n = 3
    items = [i for i in range(n)]
print(C.items)
def f(k):
    return [k * i for i in range(3)]
print(f(5))
print(sum(i for i in range(101)))
