# SPDX-License-Identifier: MIT
# Prints what common constructs cost in heap bytes (gc.mem_alloc() difference), so that
# mpsim can be compared with another MicroPython:
#     micropython tools/heapcost.py
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
    ("empty list", lambda: []),
    ("list of 100 ints", lambda: [0] * 100),
    ("empty tuple", lambda: ()),
    ("tuple of 3", lambda: (one, one, one)),
    ("empty dict", lambda: {}),
    ("dict of 4", lambda: {1: 1, 2: 2, 3: 3, 4: 4}),
    ("empty set", lambda: set()),
    ("bytearray(100)", lambda: bytearray(100)),
    ("bytes(20)", lambda: bytes(20)),
    ("str of 10", lambda: "x" * 10),
    ("str of 100", lambda: "x" * 100),
    ("float", lambda: half + half),
    ("big int", lambda: one << 100),
    ("instance, no attributes", lambda: Empty()),
    ("instance, 2 attributes", lambda: Point()),
    ("closure", lambda: (lambda: f)),
    ("range", lambda: range(10)),
]


def cost_of(make):
    gc.collect()
    base = gc.mem_alloc()
    x = make()
    gc.collect()
    return gc.mem_alloc() - base


for name, make in CONSTRUCTS:
    cost_of(make)  # warm up (interning, first-use allocations)
    print("%-26s %5d" % (name, cost_of(make)))
