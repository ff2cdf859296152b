# Replacement fields: automatic, positional, keyword, attributes, indexes, !r/!s, nesting.
print("{} and {}".format("a", "b"))
print("{1} {0} {1}".format("a", "b"))
print("{x}-{y}".format(x=1, y="two"))
print("{0[1]} {a[k]} {0[0]}".format([10, 20], a={"k": "v"}))
class P:
    def __init__(self):
        self.real = 3
        self.name = "p"
p = P()
print("{0.real} {0.name} {p.name}".format(p, p=p))
print("{!r} {!s}".format("x", "y"), "{0!r:>6}".format("x"))
print("{:>{w}}|{:{fill}^{w}}".format("a", "b", w=5, fill="*"))
print("{{}} {{{}}}".format(7))
print("{0:{1}}".format(3.14159, ".2f"))
