# Every function stays within its documented range, and covers it.
import random
random.seed(7)
ok = True
seen = set()
for _ in range(2000):
    v = random.randint(-3, 3)
    ok = ok and -3 <= v <= 3
    seen.add(v)
print(ok, sorted(seen))
seen = set()
for _ in range(2000):
    v = random.randrange(10, 0, -3)
    seen.add(v)
print(sorted(seen))
seen = set()
for _ in range(500):
    seen.add(random.randrange(5))
    seen.add(random.randrange(100, 103))
print(sorted(seen))
ok = True
for _ in range(2000):
    f = random.random()
    u = random.uniform(2, 5)
    ok = ok and 0.0 <= f < 1.0 and 2.0 <= u <= 5.0
print(ok, random.uniform(1, 1))
print(sorted(set(random.choice("xyz") for _ in range(300))), random.choice([7]))
print(random.randint(5, 5), random.randrange(-2**31, 2**31 - 1) < 2**31)
