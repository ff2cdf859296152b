# annotated assignments and annotated parameters are accepted; values are assigned
x: int = 5
print(x)
y: list
z: 'str' = 'zed'
print(z)
class C:
    a: int = 1
    b: str
print(C.a)
o = C()
o.c: int = 3
print(o.c)
def f(p: int, q: 'float' = 1.5) -> str:
    r: int = p
    return str(r + q)
print(f(1))
