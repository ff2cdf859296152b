# o[i], o[i] = v and del o[i] call __getitem__, __setitem__, __delitem__.
class M:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __contains__(self, k):
        return k in self.d

m = M()
m["a"] = 1
m[2] = "two"
print(m["a"], m[2], "a" in m, "z" in m, "z" not in m)
del m["a"]
print("a" in m)
try:
    m["a"]
except KeyError:
    print("KeyError")
class S:
    def __getitem__(self, i):
        return i
print(S()[1:3])
