l = list(range(10))
l[2:5] = ['a', 'b']
print(l)
l[:0] = (7, 8)
print(l)
l[len(l):] = [99]
print(l)
l[::2] = 'x' * len(l[::2])
print(l)
l[1:3] = l
print(len(l), l[:4])
l[:] = []
print(l)
m = [1, 2, 3, 4]
m[3:1] = [9]
print(m)
try:
    m[::2] = [1]
except ValueError:
    print('ValueError')
m[::-1] = [4, 3, 2, 1, 0]
print(m)
