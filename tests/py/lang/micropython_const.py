# const(): folded at compile time; _private constants take no global slot
from micropython import const
_COLS = const(0x10)
ROWS = const(33)
SIZE = const(_COLS * ROWS)
print(_COLS, ROWS, SIZE)
print("_COLS" in globals(), "ROWS" in globals(), "SIZE" in globals())
def area():
    return _COLS * 2 + SIZE
print(area())
class K:
    v = _COLS + 1
print(K.v)
