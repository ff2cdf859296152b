# center/ljust/rjust with fill characters, and zfill with signs.
print(repr("abc".center(8)), repr("abc".center(9, "*")), repr("abc".center(2)))
print(repr("ab".ljust(5, ".")), repr("ab".rjust(5)), repr("ab".rjust(1)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print("é".center(5, "ö"))
try:
    "a".center(5, "xy")
except TypeError:
    print("TypeError")
