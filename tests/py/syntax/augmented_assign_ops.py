# every augmented assignment operator, on names, attributes and subscripts
x = 100
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 7; print(x)
x %= 9; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x |= 1; print(x)
x &= 0xff; print(x)
x ^= 0x0f; print(x)
x /= 4; print(x)
class O:
    pass
o = O()
o.v = 1
o.v += 10
l = [1, 2]
l[0] -= 5
l += [3]
print(o.v, l)
d = {'k': 'a'}
d['k'] *= 3
print(d)
