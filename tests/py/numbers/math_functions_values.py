# Values of the math module's functions.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for name in ("sqrt", "exp", "expm1", "log", "log2", "log10", "log1p", "cos", "sin", "tan",
             "acos", "asin", "atan", "cosh", "sinh", "tanh", "asinh", "atanh", "fabs",
             "erf", "erfc", "gamma", "lgamma", "degrees", "radians"):
    f = getattr(math, name)
    print(name, ["%.10g" % f(x) for x in (0.25, 0.5, 0.75)])
print(math.acosh(2), math.atan2(1, -1), math.copysign(3, -0.0), math.fmod(-7, 3), math.pow(2, 10))
print(math.ceil(1.2), math.floor(-1.2), math.trunc(-1.7), math.ceil(5), type(math.floor(2.5)))
print(math.ceil(1e20), math.floor(-1e25) == -10**25)
print(math.modf(2.75), math.modf(-2.5), math.frexp(8.0), math.frexp(0.0), math.ldexp(0.75, 4))
print(math.log(8, 2), math.log(100, 10), math.log(10**400) > 921, math.log(2**1000, 2))
print(math.isfinite(1.0), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.degrees(math.pi), math.radians(180))
