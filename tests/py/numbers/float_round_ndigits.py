# round(): half to even, with and without ndigits, for floats and ints.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.7), round(-3.7))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(-2.5, 0))
print(round(1234.5678, 1), round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print(round(5, -1), round(15, -1), round(25, -1), round(-25, -1), round(123456, -3), round(7, 2))
print(round(2**100 + 5 * 10**5, -6) == 2**100 + 5 * 10**5 - (2**100 + 5 * 10**5) % 10**6 + (10**6 if (2**100 + 5 * 10**5) % 10**6 > 5 * 10**5 else 0))
print(type(round(2.5)), type(round(2.5, 0)), type(round(7, 1)))
print(round(1e300), round(-0.0, 1), round(1.5, None))
for v in (float("inf"), float("nan")):
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__)
