# staticmethod takes no self; classmethod gets the class it is called through.
class A:
    n = "A"
    @staticmethod
    def s(x):
        return x + 1
    @classmethod
    def c(cls, x):
        return cls.n + str(x)

class B(A):
    n = "B"

print(A.s(1), A().s(2), A.c(1), B.c(2), B().c(3))
