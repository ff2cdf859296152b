# parenthesised with-items (CPython 3.9+): with (a as b, c as d):
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name
    def __exit__(self, *exc):
        print('exit', self.name)
with (CM('a') as a, CM('b') as b,):
    print(a, b)
with (CM('c')):
    pass
with (CM('d'), CM('e')):
    pass
