# TypeError messages for bad calls, as MicroPython words them
def f(a, b, c=1, *, d, e=2):
    pass
def g(a, b):
    pass
def h():
    pass
def k4(a, *, b):
    pass
for call in ["f(1, 2, 3, 4)", "f(1, 2, d=1, z=3)", "f(1, 2, a=3, d=1)", "f(1, 2)",
             "g(1)", "g(1, 2, 3)", "h(1)", "h(x=1)", "g(b=1)", "k4()", "k4(1)"]:
    try:
        eval(call)
    except TypeError as e:
        print(call, "->", e)
