# An empty range raises ValueError; choice from an empty sequence raises IndexError.
import random
for call in (lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(0, 10, 0),
             lambda: random.randrange(10, 0, 1), lambda: random.randrange(-5), lambda: random.randint(5, 4)):
    try:
        call()
    except ValueError:
        print("ValueError")
for seq in ([], "", ()):
    try:
        random.choice(seq)
    except IndexError:
        print("IndexError")
for call in (lambda: random.choice(5), lambda: random.uniform("a", 1)):
    try:
        call()
    except TypeError:
        print("TypeError")
