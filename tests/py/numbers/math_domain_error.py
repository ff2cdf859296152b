# math functions raise ValueError "math domain error" outside their domain and
# OverflowError when the result is too large.
import math
for name, f, x in (("sqrt", math.sqrt, -1), ("log", math.log, 0), ("log", math.log, -1.5),
                   ("acos", math.acos, 2), ("asin", math.asin, -2), ("log10", math.log10, 0),
                   ("log2", math.log2, -1), ("acosh", math.acosh, 0.5), ("atanh", math.atanh, 1),
                   ("gamma", math.gamma, 0), ("gamma", math.gamma, -3), ("lgamma", math.lgamma, -1),
                   ("cos", math.cos, math.inf), ("log1p", math.log1p, -1)):
    try:
        print(name, f(x))
    except ValueError as e:
        print(name, "ValueError:", e)
for name, f, x in (("exp", math.exp, 1000), ("cosh", math.cosh, 1000), ("sinh", math.sinh, -1000),
                   ("gamma", math.gamma, 200), ("expm1", math.expm1, 1000)):
    try:
        print(name, f(x))
    except OverflowError as e:
        print(name, "OverflowError:", e)
for args in ((0, -1), (-1, 0.5)):
    try:
        math.pow(*args)
    except ValueError as e:
        print("pow ValueError:", e)
try:
    math.fmod(1, 0)
except ValueError as e:
    print("fmod ValueError:", e)
