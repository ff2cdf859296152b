s = set()
s.add(1)
s.add(1)
s.update([2, 3], (4,))
print(sorted(s))
s.discard(9)
s.discard(4)
s.remove(3)
print(sorted(s))
try:
    s.remove(3)
except KeyError as e:
    print('KeyError', e.args)
print(sorted(s.union([5], {6})), sorted(s.intersection([1, 2, 7], {2})), sorted(s.difference([1])))
print(sorted(s.symmetric_difference([2, 8])), s.isdisjoint([7]), s.isdisjoint([1]))
print(s.issubset([1, 2, 3]), s.issuperset([1]), s.issuperset([9]))
t = {1, 2, 3, 4}
t.intersection_update([1, 2, 3], [2, 3])
print(sorted(t))
t.difference_update([3])
print(sorted(t))
t.symmetric_difference_update([2, 10])
print(sorted(t))
u = t.copy()
u.add(0)
print(sorted(t), sorted(u))
p = {5}
print(p.pop(), p)
try:
    p.pop()
except KeyError:
    print('KeyError')
t.clear()
print(t, len(t))
big = set(range(100))
for i in range(0, 100, 3):
    big.discard(i)
print(len(big), sum(big))
