# generators: next, send, throw, close, return values
def gen():
    try:
        got = yield 1
        print("got", got)
        got = yield 2
        print("got", got)
    except ValueError as e:
        print("caught", e)
        yield "after throw"
    finally:
        print("cleanup")
g = gen()
print(next(g))
print(g.send("a"))
print(g.throw(ValueError("boom")))
g.close()
def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"
print(list(counter(3)))
c = counter(1)
next(c)
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
def closer():
    try:
        yield
    except GeneratorExit:
        print("GeneratorExit")
        raise
c = closer()
next(c)
c.close()
try:
    gen().send(1)
except TypeError:
    print("TypeError on first send")
def empty():
    return
    yield
print(list(empty()))
