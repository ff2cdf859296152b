# Formatting floats with the 'e', 'f', 'g' and '%' styles, with and without a
# precision, through format(), str.format and %.


def format(v, spec):
    return ("{:" + spec + "}").format(v)


x = 1234.5678
print(format(x, "e"), format(x, ".2e"), format(x, "E"), format(x, "f"), format(x, ".1f"), format(x, ".0f"))
print(format(x, "g"), format(x, ".3g"), format(x, ".10g"), format(1e-5, "g"), format(1e20, "g"), format(x, "G"))
print(format(0.25, "%"), format(0.5, ".1%"), format(x, ".2"), format(x, ""), format(1e16, ""), format(100.0, ".3"))
print("{:.3f} {:10.2f}|{:<10.1e}|{:+.2g}".format(3.14159, -2.5, 12345.678, 0.000123))
print("%.3f %e %g %10.4f %-8.2f| %G" % (2.0 / 3, 1e-10, 1e-10, 3.14159, -1.5, 1.5e-20))
print(format(float("inf"), "f"), format(float("-inf"), "e"), format(float("nan"), "g"), format(float("inf"), "F"))
print("%.2f %.2f %.2f" % (0.125, 0.375, 1.005), format(-0.0, "f"), format(2.5, ".0f"))
print("%.1g %.2g" % (-9.9, 99.9), "%.5g" % 2.0**-20, "%.17g" % 0.1)
