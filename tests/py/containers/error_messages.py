# the wording of container errors follows MicroPython
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: [][0])
t(lambda: [].pop())
t(lambda: [1].remove(2))
t(lambda: [1].index(2))
t(lambda: (1,)[5])
t(lambda: (1,).index(2))
t(lambda: {}[1])
t(lambda: {}.pop('k'))
t(lambda: set().remove(1))
t(lambda: [1, 2][1:2:0])
t(lambda: range(1, 2, 0))
t(lambda: range(5)[10])
t(lambda: dict([(1, 2, 3)]))
