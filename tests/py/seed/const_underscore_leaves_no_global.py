# const(): both names fold to constants; the one starting with _ takes no slot in the
# module's globals, the other stays visible to importers.
from micropython import const

ROWS = const(33)
_COLS = const(0x10)
a = ROWS
b = _COLS
print(a, b)
g = globals()
print("ROWS" in g, "_COLS" in g)
BIT = const(3)
_MASK = const(1 << BIT)
print(_MASK)
