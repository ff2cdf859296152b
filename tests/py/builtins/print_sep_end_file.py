# print's sep, end and file arguments.
print(1, 2, 3, sep="-")
print("a", "b", sep="", end="|\n")
print()
print("no newline", end="")
print(" then this")
class Out:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
o = Out()
print("x", 1, sep=",", file=o)
print(None, [1, "s"], file=o, end="!")
print(repr("".join(o.parts)))
print(*[1, 2], sep=None, end=None)
