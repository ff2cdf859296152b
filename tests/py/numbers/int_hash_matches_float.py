# Equal ints and floats hash alike, so they are the same dict key.
d = {2**40: "a", 2**100: "b", 5: "c", -(2**70): "d"}
print(d[2.0**40], d[2.0**100], d[5.0], d[-(2.0**70)])
print(hash(2**100) == hash(2.0**100), hash(-(2**64)) == hash(-(2.0**64)), hash(7) == hash(7.0))
print(hash(12345) == 12345, hash(0) == 0, hash(1.0) == 1)
s = {1, 1.0, 2**80, 2.0**80}
print(len(s))
