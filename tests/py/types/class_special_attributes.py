# __name__, __class__, __bases__, __dict__ of classes and instances.
class A:
    x = 1
    def f(self):
        pass
class B(A):
    pass

b = B()
print(A.__name__, B.__name__, b.__class__ is B, type(b) is B, type(B) is type)
print(B.__bases__ == (A,), A.__bases__ == (object,))
print("x" in A.__dict__, "f" in A.__dict__, "x" in B.__dict__)
b.y = 2
print(b.__dict__)
print(type(type), type(object), type(int).__name__)
