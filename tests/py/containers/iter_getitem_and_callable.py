# objects without __iter__ iterate through __getitem__ until IndexError
class G:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(G()), 9 in G(), [x for x in G()])
a, b, c, d = G()
print(a, b, c, d)
class Bad:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(Bad())
except KeyError:
    print('KeyError')
# iter(callable, sentinel)
n = [0]
def count():
    n[0] += 1
    return n[0]
it = iter(count, 4)
print(list(it), list(it))
