# global and nonlocal declarations
g = 0
def inc():
    global g
    g += 1
inc(); inc()
print(g)
def counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
c = counter()
print(c(), c(), c())
def outer():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x = 5
        inner()
    mid()
    return x
print(outer())
def make_global():
    global newname
    newname = "made"
make_global()
print(newname)
