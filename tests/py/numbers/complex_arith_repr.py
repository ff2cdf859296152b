# complex arithmetic and CPython's repr: "(a+bj)", "bj" when the real part is +0.
a = 1 + 2j
b = 3 - 4j
print(a, b, a + b, a - b, a * b, a / b, -a, +a, abs(b))
print(2j, -2j, 1j * 1j, (1j) ** 2, (1 + 1j) ** 3, a ** 0, 1.5j, complex(0, -0.0), complex(-0.0, 1))
print(a == 1 + 2j, a != b, a == 1, complex(2, 0) == 2, complex(2.5) == 2.5)
print(a.real, a.imag, a.conjugate(), 2 * a, a * 2.5, 1 / a, 2 ** a)
print(complex(1e16, 1), complex(0.1, 1e-5), complex(float("inf"), float("nan")))
try:
    a / 0
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    a < b
except TypeError:
    print("TypeError")
