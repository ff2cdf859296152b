# math.isclose with its keyword-only tolerances.
import math
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2))
print(math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.isclose(math.nan, math.nan), math.isclose(10**20, 10**20 + 1))
try:
    math.isclose(1, 1, rel_tol=-1)
except ValueError:
    print("ValueError")
