# Bases whose order contradicts their own hierarchy have no consistent MRO.
class A: pass
class B(A): pass
try:
    class C(A, B): pass
    print("made")
except TypeError:
    print("TypeError")
