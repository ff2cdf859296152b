# Heap costs of common constructs, measured with gc.mem_alloc(): never more than a
# 32-bit MicroPython (its figures, in bytes, are the second column).
import gc


class Empty:
    pass


class Point:
    def __init__(self):
        self.x = 1
        self.y = 2


def f():
    pass


# Operands in globals, so that no compiler folds the expressions into constants.
half = 0.5
one = 1


CONSTRUCTS = [
    ("empty list", 32, lambda: []),
    ("list of 100 ints", 416, lambda: [0] * 100),
    ("empty tuple", 0, lambda: ()),
    ("tuple of 3", 32, lambda: (one, one, one)),
    ("empty dict", 16, lambda: {}),
    ("dict of 4", 48, lambda: {1: 1, 2: 2, 3: 3, 4: 4}),
    ("empty set", 16, lambda: set()),
    ("bytearray(100)", 128, lambda: bytearray(100)),
    ("bytes(20)", 48, lambda: bytes(20)),
    ("str of 10", 32, lambda: "x" * 10),
    ("str of 100", 128, lambda: "x" * 100),
    ("float", 16, lambda: half + half),
    ("big int", 32, lambda: one << 100),
    ("instance, no attributes", 16, lambda: Empty()),
    ("instance, 2 attributes", 32, lambda: Point()),
    ("closure", 16, lambda: (lambda: f)),
    ("range", 16, lambda: range(10)),
]


def cost_of(make):
    gc.collect()
    base = gc.mem_alloc()
    x = make()
    gc.collect()
    return gc.mem_alloc() - base


# tools/heapcost.py runs this file with SHOW_FIGURES set, to print the figures.
show = globals().get("SHOW_FIGURES", False)
for name, board, make in CONSTRUCTS:
    cost_of(make)  # warm up (interning, first-use allocations)
    cost = cost_of(make)
    if show:
        print("%-26s %5d %5d" % (name, cost, board))
    else:
        print(name, "ok" if cost <= board else "costs %d bytes, a board %d" % (cost, board))
