# A subclass that calls super().__init__ with its own args, and one that does not.
class E(Exception):
    pass

class F(Exception):
    def __init__(self, x):
        super().__init__('msg', x)
        self.x = x

e = E(1, 2)
print(e, repr(e), e.args, isinstance(e, Exception))
f = F(5)
print(f, repr(f), f.args, f.x)
try:
    raise F(3)
except Exception as ex:
    print(type(ex).__name__, ex.args, ex.x)
