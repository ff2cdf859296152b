# As in MicroPython, getrandbits takes at most 32 bits; ints beyond a machine word
# overflow in randrange.
import random
for n in (-1, 33, 100):
    try:
        random.getrandbits(n)
    except ValueError as e:
        print("ValueError", e)
try:
    random.randrange(2**40)
except OverflowError as e:
    print("OverflowError", e)
print(sorted(x for x in dir(random) if not x.startswith("__")))
