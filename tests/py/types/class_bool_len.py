# Truth comes from __bool__, else __len__, else True.
class B:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        return self.b
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class P: pass

print(bool(B(False)), bool(B(True)), bool(L(0)), bool(L(3)), len(L(3)), bool(P()))
print("yes" if L(1) else "no", not L(0), not P())
try:
    len(P())
except TypeError:
    print("TypeError")
