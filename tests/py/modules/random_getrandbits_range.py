# getrandbits(n) is below 2**n, and reaches the top bit; getrandbits(0) is 0.
import random
random.seed(1)
ok = True
for n in range(1, 33):
    vals = [random.getrandbits(n) for _ in range(64)]
    ok = ok and all(0 <= v < 2**n for v in vals) and any(v >= 2 ** (n - 1) for v in vals)
print(ok, random.getrandbits(0))
