# repr() of a float is the shortest text that reads back as the same float.
for x in (0.1, 0.2, 0.1 + 0.2, 1.0, -1.0, 0.0, -0.0, 1e16, 1e15, 123456789012345678.0,
          1e-4, 1e-5, 0.00012345, 1.5e-7, 2.5, 1 / 3, 2 / 3, 100.0, 1e22, 1e23,
          5e-324, 1.7976931348623157e308, 2.0**53, 2.0**-20, 3.14159, 9.999999999999999e22,
          float("inf"), float("-inf"), float("nan")):
    print(repr(x), str(x), float(repr(x)) == x or x != x)
print([0.5, 1e100, -2.5e-10])
