# class statements: bases, keywords, bodies with methods and class attributes
class A:
    pass
class B():
    x = 1
class C(A, B):
    def m(self, v):
        return v * self.x
print(C().m(3), C.__bases__ == (A, B))
class D(B,):
    y = [i for i in range(3)]
print(D.y)
class E: x = 5
print(E.x)
