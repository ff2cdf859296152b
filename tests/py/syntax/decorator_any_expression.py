# any expression may be a decorator (CPython 3.9+)
def tag(label):
    def deco(f):
        print('decorating', f.__name__, 'with', label)
        return f
    return deco
decos = [tag('index')]
@decos[0]
def h():
    pass
@(lambda fn: fn)
def i():
    return 'i'
print(i())
@tag('a') if True else None
def j():
    pass
