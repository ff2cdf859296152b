# closures share cells, including arguments and loop variables
def f(a):
    def get():
        return a
    def set(v):
        nonlocal a
        a = v
    return get, set
get, set = f(1)
print(get())
set(7)
print(get())
def loop():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [x() for x in fs]
print(loop())
def deep():
    v = "deep"
    def l1():
        def l2():
            def l3():
                return v
            return l3()
        return l2()
    return l1()
print(deep())
def unbound():
    def inner():
        return later
    try:
        inner()
    except NameError:
        print("free variable not yet bound")
    later = 1
    return inner()
print(unbound())
