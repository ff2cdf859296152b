# After seed(n) the generator gives the same sequence again; different seeds differ.
import random
def draw():
    return ([random.getrandbits(32) for _ in range(5)] + [random.randint(0, 1000) for _ in range(5)]
            + [random.random() for _ in range(3)] + [random.choice("abcdefgh") for _ in range(5)])
random.seed(42)
a = draw()
random.seed(42)
b = draw()
random.seed(43)
c = draw()
print(a == b, a != c)
random.seed(2**70)
d = draw()
random.seed(2**70)
print(d == draw())
print(random.seed(1), random.seed(), random.seed(None))
