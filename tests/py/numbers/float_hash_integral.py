# Integral floats hash like the equal int; other floats are hashable.
for s in ("0.0", "-0.0", "1.0", "-12.0", "12345.0", "1e10", "-1e20", "2.0**70"):
    v = eval(s)
    print(s, hash(v) == hash(int(v)))
for v in (0.1, -0.1, float("inf"), float("-inf"), float("nan")):
    print(type(hash(v)))
print({1.0: "a"}[1], {2: "b"}[2.0])
