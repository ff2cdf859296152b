# Changing a class after its attributes were looked up (setattr, del, its __dict__, a
# base class's change, a method replaced) is seen by instances and subclasses at once.
class Base:
    def hello(self):
        return "base"

    colour = "red"


class Child(Base):
    pass


c = Child()
for i in range(3):
    print(c.hello(), c.colour)
Base.colour = "blue"
print(c.colour)
Base.hello = lambda self: "patched"
print(c.hello())
Child.hello = lambda self: "child"
print(c.hello())
del Child.hello
print(c.hello())
Base.colour = "green"
print(c.colour)
setattr(Child, "extra", 42)
print(c.extra)
del Base.colour
try:
    c.colour
except AttributeError:
    print("AttributeError")


def make():
    class K:
        v = 1
    return K


for i in range(5):
    K = make()
    K.v = i
    print(K().v, end=" ")
print()
