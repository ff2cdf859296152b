# A dict subclass can override __getitem__ and still use dict's storage.
class D(dict):
    def __missing_default(self):
        return 0
    def __getitem__(self, k):
        if k in self:
            return super().__getitem__(k)
        return "missing"

d = D(a=1)
d["b"] = 2
print(d["a"], d["b"], d["zz"], len(d), sorted(d.keys()), d.get("a"))
