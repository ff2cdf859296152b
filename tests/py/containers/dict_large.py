# a dict grows past its small ordered form and keeps every entry findable
d = {}
for i in range(1000):
    d[i * 7 - 3000] = i
for i in range(0, 1000, 2):
    del d[i * 7 - 3000]
print(len(d), all(d[i * 7 - 3000] == i for i in range(1, 1000, 2)))
print(sum(d.values()), sorted(d)[:3], (0 * 7 - 3000) in d)
s = {}
for i in range(300):
    s['k%d' % i] = i
print(len(s), s['k299'], s.get('k300'), sorted(s.values())[-1])
for i in range(300):
    s['k%d' % i] += 1
print(sum(s.values()))
while len(s) > 1:
    s.popitem()
print(len(s))
