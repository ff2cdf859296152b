# lambdas: defaults, closures, *args/**kwargs
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
fs = [lambda x, i=i: x * i for i in range(3)]
print([f(10) for f in fs])
late = [lambda: i for i in range(3)]
print([f() for f in late])
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3))
def make(n):
    return lambda x: x + n
print(make(3)(4))
