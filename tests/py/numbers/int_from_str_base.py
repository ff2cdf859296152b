# int() from text: bases 2..36, base 0 prefixes, underscores, signs and whitespace.
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int(" -42 "), int("+7"), int("1_000_000"), int("0x_ff", 16), int("zz", 36), int("10", 2))
print(int("123456789012345678901234567890"), int("-" + "9" * 60))
print(int(b"12"), int(bytearray(b" 34 ")), int("z" * 20, 36))
for s, base in (("", 10), (" ", 10), ("12a", 10), ("1__0", 10), ("_1", 10), ("0x", 16), ("010", 0), ("2", 2), ("1 2", 10)):
    try:
        int(s, base)
        print("no error", repr(s))
    except ValueError:
        print("ValueError", repr(s))
try:
    int("1", 37)
except ValueError:
    print("ValueError base")
try:
    int(1.5, 10)
except TypeError:
    print("TypeError")
