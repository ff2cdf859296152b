# The cmath module (MicroPython's subset).
import cmath
def show(z):
    print("%.6f %.6f" % (z.real, z.imag))
show(cmath.sqrt(-4))
show(cmath.exp(1j * cmath.pi))
show(cmath.log(-1))
show(cmath.log10(100j))
show(cmath.cos(1 + 1j))
show(cmath.sin(1 + 1j))
show(cmath.rect(2, cmath.pi / 2))
print("%.6f" % cmath.phase(-1), "%.6f %.6f" % cmath.polar(3 + 4j), "%.6f %.6f" % (cmath.pi, cmath.e))
try:
    cmath.log(0)
except ValueError:
    print("ValueError")
