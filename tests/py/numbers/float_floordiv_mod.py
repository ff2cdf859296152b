# Float // and % round toward minus infinity; the remainder takes the divisor's sign.
for a in (7.5, -7.5, 0.0, 1.0, -0.5, 1e300):
    for b in (2.0, -2.0, 0.3, -0.3, float("inf"), float("-inf")):
        print(a, b, a // b, a % b, divmod(a, b))
print(7 // 2.0, -7 % 2.0, divmod(-7, 2.5), 5.0 % -3)
for f in (lambda: 1.0 // 0, lambda: 1.0 % 0.0, lambda: 1.0 / 0, lambda: divmod(1.0, 0)):
    try:
        f()
    except ZeroDivisionError:
        print("ZeroDivisionError")
