# MemoryError says how much was asked for, and the heap works again afterwards.
try:
    bytearray(10 ** 8)
except MemoryError as e:
    print(repr(e))
l = []
try:
    while True:
        l.append([0] * 100)
except MemoryError as e:
    print(type(e).__name__)
l = None
print(len([0] * 1000))
