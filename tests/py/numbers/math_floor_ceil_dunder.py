# math.floor, ceil and trunc return ints, and call __floor__ / __ceil__ / __trunc__.
import math
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), math.floor(-0.5), math.ceil(-0.5))
print(math.floor(10**30), math.ceil(True), type(math.trunc(1e30)))
class N:
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
    def __trunc__(self):
        return "trunc"
print(math.floor(N()), math.ceil(N()), math.trunc(N()))
for v in (float("inf"), float("nan")):
    try:
        math.floor(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__)
