# sort is stable with key= and with reverse=True
words = ['pear', 'fig', 'apple', 'kiwi', 'date', 'plum', 'lime', 'banana', 'yam', 'cherry']
w = words[:]
w.sort(key=len)
print(w)
w = words[:]
w.sort(key=len, reverse=True)
print(w)
w = words[:]
w.sort()
print(w)
n = [(i * 7919) % 101 for i in range(200)]
s = n[:]
s.sort()
print(s == sorted(n), s[:5], s[-5:])
s.sort(reverse=True)
print(s[:5])
pairs = [(i % 3, i) for i in range(20)]
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
f = [3.5, -1, 2, 0.5, True]
f.sort()
print(f)
e = []
e.sort()
print(e)
try:
    [1, 'a', 2].sort()
except TypeError:
    print('TypeError')
