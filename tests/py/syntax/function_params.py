# parameter lists: defaults, *args, keyword-only, **kwargs, positional-only
def a(x, y=2, *args, z, w=4, **kw):
    return x, y, args, z, w, sorted(kw)
print(a(1, z=3))
print(a(1, 2, 3, 4, z=5, w=6, q=7))
def b(*, k):
    return k
print(b(k=1))
def e(x: int, y: 'str' = 'y', *a: int, **k: float) -> None:
    return x, y
print(e(1))
def f(a, b=[], *, c=None,):
    return a, b, c
print(f(0))
def g(
    a,
    b,
):
    return a + b
print(g(1, 2))
def h(**kw): return kw
print(h(), h(a=1))
