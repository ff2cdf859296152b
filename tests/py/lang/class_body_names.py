# class bodies: a namespace of their own, __module__ and __qualname__, methods
x = "global"
class A:
    x = "class"
    y = x + "!"
    def m(self):
        return x
    print("in body", __name__, __qualname__)
print(A.y, A().m(), A.__module__, A.__name__)
class B(A):
    def m(self):
        return "B" + super().m()
print(B().m(), B.x)
def make():
    v = "from function"
    class C:
        w = v
        def get(self):
            return v
    return C
C = make()
print(C.w, C().get())
