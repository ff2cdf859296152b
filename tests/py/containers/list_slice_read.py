l = list(range(10))
print(l[2:5], l[:3], l[7:], l[:], l[::2], l[1::3], l[::-1], l[-2:], l[:-7])
print(l[8:2:-2], l[100:], l[-100:2], l[5:1], l[::-3], l[2:8:-1])
print(l[10**20:], l[:10**20] == l, l[-10**20:1])
try:
    l[::0]
except ValueError:
    print('ValueError')
