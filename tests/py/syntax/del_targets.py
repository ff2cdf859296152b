# del of names, attributes, subscripts, slices, and lists of them
a = 1
b = [1, 2, 3, 4]
class O:
    pass
o = O()
o.x = 1
o.y = 2
del a
del b[0], o.x
print(b, hasattr(o, 'x'))
del b[1:], o.y
print(b, hasattr(o, 'y'))
c = d = 0
del c, d
try:
    c
except NameError:
    print('c deleted')
