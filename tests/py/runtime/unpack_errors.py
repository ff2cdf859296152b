# Unpacking the wrong number of values, from sequences and from iterators.
def show(f):
    try:
        f()
        print('ok')
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def two(seq):
    a, b = seq
    return a, b
show(lambda: two((1, 2, 3)))
show(lambda: two([1]))
show(lambda: two(iter(range(5))))
show(lambda: two(1))
def star(seq):
    a, *b, c = seq
    print(a, b, c)
star([1, 2])
star(range(5))
star('xyz')
show(lambda: star([1]))
