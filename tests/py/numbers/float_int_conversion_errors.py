# int() of a float truncates; inf raises OverflowError and nan ValueError.
print(int(2.9), int(-2.9), int(1e30), int(-0.0))
for v in ("inf", "-inf", "nan"):
    try:
        int(float(v))
    except OverflowError:
        print(v, "OverflowError")
    except ValueError:
        print(v, "ValueError")
try:
    float(10**400)
except OverflowError:
    print("OverflowError")
print(float(10**300) == 1e300, float(-(2**1023)) == -(2.0**1023))
