# a / in a parameter list marks the parameters before it positional-only
def c(p, /, q):
    return p, q
print(c(1, 2), c(1, q=3))
def d(p=1, /, q=2, *, r=3):
    return p, q, r
print(d(), d(9), d(9, 8, r=7))
