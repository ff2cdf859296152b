# Multiple inheritance mixing user classes and a built-in base.
class O:
    def who(self):
        return "O"
class A(O):
    def who(self):
        return "A" + super().who()
class B(O):
    def who(self):
        return "B" + super().who()
class L(list, A):
    pass
class W(B, L):
    pass
w = W([3])
w.append(4)
print(w, len(w), w.who(), isinstance(w, list), isinstance(w, O))
print(W.__bases__ == (B, L), L.__bases__ == (list, A))
print([c.__name__ for c in W.__mro__])
try:
    class Bad(list, dict):
        pass
except TypeError:
    print("TypeError")
