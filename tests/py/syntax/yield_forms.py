# yield as a statement, in an assignment, parenthesised, yield from, bare yield
def g():
    yield 1
    x = yield 2
    print('got', x)
    y = yield
    print('got', y)
    z = (yield 3) + 1
    print('z', z)
    yield from [4, 5]
    r = yield from sub()
    print('sub returned', r)
def sub():
    yield 6
    return 'done'
it = g()
print(next(it), next(it))
print(it.send('a'))
print(it.send('b'))
print(it.send(10), next(it), next(it))
print(list(it))
