# format(value, spec) uses the mini-language, and a class's own __format__ if it has one.
print(format(255, "x"), format(3.5, "08.2f"), format("ab", "^6"), format(1234567, ","))
print(format(42), format("s"), format(None), format([1, 2]), format(True))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec == "F":
            return "%.1fF" % (self.c * 9 / 5 + 32)
        return "%.1fC" % self.c
t = Temp(21.5)
print(format(t), format(t, "F"), "{} {:F}".format(t, t))
class Plain:
    def __str__(self):
        return "plain"
print(format(Plain()), "{}".format(Plain()), "{!r}".format("q"))
try:
    format(None, "5")
except TypeError:
    print("TypeError")
