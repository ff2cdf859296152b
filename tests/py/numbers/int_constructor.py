# int() from ints, bools, floats and objects with __int__ / __index__.
print(int(), int(5), int(-7.9), int(7.9), int(True), int(1e20), int(-1e20), int(2.0**70))
class A:
    def __int__(self):
        return 42
print(int(A()))
class B:
    def __index__(self):
        return 7
print(int(B()))
for v in (float("inf"), float("-inf")):
    try:
        int(v)
    except OverflowError:
        print("OverflowError")
try:
    int(float("nan"))
except ValueError:
    print("ValueError")
try:
    int(None)
except TypeError:
    print("TypeError")
try:
    int([1])
except TypeError:
    print("TypeError")
