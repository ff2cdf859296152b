# global and nonlocal declarations
g = 0
def set_g():
    global g
    g = 5
set_g()
print(g)
def outer():
    a = 1
    b = 2
    def inner():
        nonlocal a, b
        a, b = b, a
    inner()
    return a, b
print(outer())
def multi():
    global x1, x2
    x1 = x2 = 'both'
multi()
print(x1, x2)
