# append, extend (from list, tuple, generator, itself), insert at clamped positions
l = []
for i in range(10):
    l.append(i)
print(l, len(l))
l.extend((10, 11))
l.extend(x * x for x in range(3))
print(l)
l.extend(l)
print(len(l), l[:3], l[-3:])
m = [1, 2, 3]
m.insert(0, 'a')
m.insert(100, 'z')
m.insert(-1, 'y')
m.insert(-100, 'first')
print(m)
m += 'ab'
print(m)
