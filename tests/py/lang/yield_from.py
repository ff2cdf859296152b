# yield from delegates next/send/throw and returns the sub-generator's value
def sub():
    x = yield "s1"
    print("sub got", x)
    yield "s2"
    return "sub result"
def main():
    r = yield from sub()
    print("result", r)
    yield from [10, 20]
    yield from range(2)
g = main()
print(next(g))
print(g.send("hello"))
print(list(g))
def thrower():
    try:
        yield 1
    except KeyError:
        yield "handled in sub"
def outer():
    yield from thrower()
o = outer()
next(o)
print(o.throw(KeyError))
