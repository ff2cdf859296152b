l = list(range(12))
del l[::3]
print(l)
del l[-1::-2]
print(l)
del l[1:3]
print(l)
del l[:]
print(l)
m = list(range(6))
del m[4]
del m[-1]
print(m)
try:
    del m[10]
except IndexError:
    print('IndexError')
