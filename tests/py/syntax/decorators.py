# decorators: any expression, applied bottom-up, on functions and classes
def tag(label):
    def deco(f):
        print('decorating', f.__name__, 'with', label)
        return f
    return deco
class NS:
    deco = staticmethod(tag('attr'))
ns = NS()
@tag('outer')
@tag('inner')
def f():
    return 'f'
print(f())
@ns.deco
def g():
    pass
@tag('class')
class C:
    pass
print(C.__name__)
