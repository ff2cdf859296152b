# __iadd__ mutates in place and its result is what the name is bound to.
class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, o):
        self.items.append(o)
        return self

a = Acc()
b = a
a += 1
a += 2
print(a is b, b.items)
