# __new__ makes the object and __init__ runs only on an instance of the class.
class A:
    def __new__(cls, v):
        print("new", cls.__name__, v)
        o = super().__new__(cls)
        o.made = True
        return o

    def __init__(self, v):
        print("init", v)
        self.v = v

a = A(3)
print(a.made, a.v)

class B:
    def __new__(cls):
        return 42

    def __init__(self):
        print("not called")

print(B())
