# augmented assignment evaluates the target's parts once
log = []
class Obj:
    def __init__(self):
        self.v = 1
def get(o):
    log.append("get")
    return o
o = Obj()
get(o).v += 5
print(o.v, log)
d = {"k": [1]}
def key():
    log.append("key")
    return "k"
get(d)[key()] += [2]
print(d, log)
x = 3
x **= 2
x //= 4
x <<= 3
x |= 1
x ^= 3
x %= 7
x -= 1
x *= 10
x >>= 1
x &= 0xff
x /= 2
print(x)
s = "a"
s += "b"
s *= 2
print(s)
