# with: one or several items, with and without `as`, tuple targets
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return (self.name, len(self.name))
    def __exit__(self, *exc):
        print('exit', self.name)
        return False
with CM('a'):
    print('body a')
with CM('b') as v:
    print(v)
with CM('c') as (n, l), CM('dd') as w:
    print(n, l, w)
box = [None]
with CM('g') as box[0]:
    pass
print(box)
