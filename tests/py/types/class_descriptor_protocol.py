# Objects with __get__/__set__ on a class act as descriptors.
class Desc:
    def __get__(self, obj, owner):
        return ("get", obj is None, owner.__name__)
    def __set__(self, obj, value):
        obj.stored = value

class A:
    d = Desc()

a = A()
print(a.d)
a.d = 5
print(a.stored, a.d[0])
print(A.d)
