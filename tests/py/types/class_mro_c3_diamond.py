# Multiple inheritance follows the C3 linearisation.
class O:
    def who(self):
        return "O"

class A(O):
    def who(self):
        return "A>" + super().who()

class B(O):
    def who(self):
        return "B>" + super().who()

class C(A, B):
    def who(self):
        return "C>" + super().who()

print(C().who())

class X: pass
class Y: pass
class Z(X, Y): pass
class K1(Z, Y): pass
print(issubclass(K1, X), issubclass(K1, Y), isinstance(K1(), Z))
