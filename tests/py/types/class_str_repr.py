# print() uses __str__, falling back to __repr__; repr() uses __repr__ only.
class R:
    def __repr__(self):
        return "R()"

class S(R):
    def __str__(self):
        return "S-str"

print(R(), repr(R()), str(R()))
print(S(), repr(S()), [S()])
print("%s %r" % (S(), S()))
class Plain: pass
print(repr(Plain()).startswith("<"), "Plain object at" in repr(Plain()))
