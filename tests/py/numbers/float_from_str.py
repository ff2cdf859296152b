# float() parses decimal text: signs, exponents, underscores, inf/nan in any case,
# surrounding whitespace; anything else is a ValueError.
for s in ("1", "-1.5", "+.5", "5.", "1e5", "1E-5", " 2.5\n", "1_000.5", "1e1_0", "inf", "-Infinity",
          "INF", "nan", "-nan", "0.1", "123456789012345678901234567890", "1e400", "-1e400", "1e-400"):
    print(repr(s), float(s))
for s in ("", " ", "x", "1e", "1e+", "1.2.3", "1_", "_1", "1__0", "inf x", "0x10", "1 2"):
    try:
        float(s)
        print("no error", repr(s))
    except ValueError:
        print("ValueError", repr(s))
print(float(b"1.25"), float(bytearray(b"-3")))
