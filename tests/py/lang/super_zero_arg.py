# zero-argument super() in methods, __init__ chains and classmethods
class Base:
    def __init__(self, v):
        self.v = v
    def who(self):
        return "Base"
    @classmethod
    def make(cls):
        return cls.__name__
class Mid(Base):
    def __init__(self, v):
        super().__init__(v * 2)
    def who(self):
        return "Mid>" + super().who()
class Leaf(Mid):
    def who(self):
        return "Leaf>" + super().who()
    @classmethod
    def make(cls):
        return "leaf:" + super().make()
l = Leaf(3)
print(l.v, l.who(), Leaf.make())
class UsesClass:
    def get(self):
        return __class__.__name__
print(UsesClass().get())
