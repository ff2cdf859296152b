# __getattr__ is asked only when normal lookup fails.
class G:
    real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(name)

g = G()
print(g.real, g.xyz, getattr(g, "xa"), hasattr(g, "nope"), getattr(g, "nope", "dflt"))
g.xyz = "own"
print(g.xyz)
