# NameError wording for globals, locals before assignment and free variables
try:
    undefined_name
except NameError as e:
    print(e)
def f():
    print(v)
    v = 1
try:
    f()
except NameError as e:
    print(e)
def g():
    def h():
        return w
    try:
        h()
    except NameError as e:
        print(e)
    w = 2
g()
