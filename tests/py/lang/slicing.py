# slices build slice objects for any subscript
l = list(range(10))
print(l[2:5], l[:3], l[7:], l[::3], l[::-1], l[-3:-1], l[1:8:2])
l[2:4] = ["a", "b", "c"]
print(l)
del l[1:3]
print(l)
s = "hello"
print(s[1:-1], s[:2])
class S:
    def __getitem__(self, k):
        return k
print(S()[1:2], S()[1:2:3], S()[:], S()[1, 2:3])
