# integer literals in every base, digit separators, floats, imaginary numbers
print(0x1F, 0XfF, 0o17, 0O7, 0b101, 0B11, 0, 00, 0_0)
print(1_000_000, 0xdead_beef, 0b_1010, 0o_7_7)
print(123456789012345678901234567890, 0x1_0000_0000_0000_0000)
print(1073741823, 1073741824, 2147483647, 2147483648, 4294967296)
print(1.5, 1e10, 1.5e-3, .5, 5., 1E+2, 1_0.5, 1e1_0)
print(1j, 1.5j, 2e1j, 10J, (1+2j).imag)
print(type(1), type(1.0), type(1j), type(10**20))
print(-0x10, -0b1, ~0o7)
