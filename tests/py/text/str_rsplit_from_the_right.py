# str.rsplit splits from the right when maxsplit limits it.
print("a b c d".rsplit(None, 1))
print("  a  b  ".rsplit(None, 1))
print("a,b,c".rsplit(",", 1))
print("a,b,c".rsplit(","))
print("aXXbXXc".rsplit("XX", 1))
print("".rsplit())
