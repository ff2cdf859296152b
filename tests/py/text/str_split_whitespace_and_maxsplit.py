# str.split: default whitespace splitting, explicit separators and maxsplit.
print("  a b\t\tc\n d  ".split())
print("a,b,,c,".split(","))
print("a b c d".split(None, 2))
print("  a  b  ".split(None, 1))
print("a::b::c".split("::"))
print("abc".split("x"))
print("".split())
print("".split(","))
print("a b c".split(maxsplit=1))
print("a,b,c".split(sep=",", maxsplit=0))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError")
