# TypeError wording for operators on types that do not support them.
def show(f):
    try:
        f()
    except TypeError as e:
        print(e)
show(lambda: 1 + 'a')
show(lambda: 'a' - 1)
show(lambda: [] < 1)
show(lambda: -'a')
def iadd():
    x = 1
    x += 'a'
show(iadd)
show(lambda: hash([]))
show(lambda: 1())
show(lambda: iter(1))
show(lambda: 1[0])
def store():
    x = 1
    x[0] = 2
show(store)
def delete():
    x = 1
    del x[0]
show(delete)
show(lambda: len(1))
