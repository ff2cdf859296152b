# sorted returns a new list; key= and reverse= are keyword-only.
data = [3, -1, 2, -5]
print(sorted(data), data)
print(sorted(data, key=abs), sorted(data, reverse=True), sorted(data, key=abs, reverse=True))
print(sorted("cba"), sorted({3: 1, 1: 2}), sorted((x * x for x in data)))
print(sorted([(2, "b"), (1, "z"), (2, "a")], key=lambda t: t[0]))
try:
    sorted(data, abs)
except TypeError:
    print("TypeError")
