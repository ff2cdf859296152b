# complex() from numbers and from text.
print(complex(), complex(1), complex(1, 2), complex(1.5, -2), complex(1 + 2j, 1j), complex(True))
for s in ("1+2j", "1-2j", " (1.5-3.5j) ", "2j", "-j", "j", "+1.5e3-2e-3j", "5", "-inf+nanj", "1e5j"):
    print(repr(s), complex(s))
for s in ("", "1+", "1+2", "x", "1+2j+3j", "(1+2j"):
    try:
        complex(s)
        print("no error", repr(s))
    except ValueError:
        print("ValueError", repr(s))
