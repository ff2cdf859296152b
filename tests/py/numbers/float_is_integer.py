# float.is_integer and float.as_integer_ratio.
for x in (1.0, 1.5, -2.0, 0.0, 1e300, 1e-300, float("inf"), float("nan")):
    print(x, x.is_integer())
print((0.5).as_integer_ratio(), (3.0).as_integer_ratio(), (-0.75).as_integer_ratio(), (0.1).as_integer_ratio())
