# Integer formatting built-ins, negatives and big values included.
print(hex(255), oct(8), bin(5), hex(-1), bin(0), oct(-9), hex(2**70), bin(True))
class I:
    def __index__(self):
        return 10
print(hex(I()))
try:
    hex(1.5)
except TypeError:
    print("TypeError")
