print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a + b, [1, 2, 3], (10, 20))))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x % 2, range(7))))
m = map(str, range(3))
print(iter(m) is m, next(m), list(m), list(m))
def gen():
    yield 1
    yield 2
print(list(map(lambda x: x * 10, gen())), list(filter(lambda x: x > 1, gen())))
