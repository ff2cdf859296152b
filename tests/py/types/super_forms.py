# super() with no arguments and with (class, instance); super().__init__ chains.
class A:
    def __init__(self):
        self.log = ["A"]
    def f(self, x):
        return "A.f(%d)" % x

class B(A):
    def __init__(self):
        super().__init__()
        self.log.append("B")
    def f(self, x):
        return "B>" + super().f(x)

class C(B):
    def f(self, x):
        return "C>" + super(C, self).f(x)

c = C()
print(c.log, c.f(1))
s = super(B, c)
print(s.f(2))
class K:
    @classmethod
    def make(cls):
        return cls.__name__
class KK(K):
    @classmethod
    def make(cls):
        return "KK>" + super().make()
print(KK.make())
