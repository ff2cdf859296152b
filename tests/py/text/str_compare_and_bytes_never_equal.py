# Comparisons are lexicographic; str and bytes are never equal.
print("abc" < "abd", "ab" < "abc", "b" > "abc", "abc" <= "abc", "abc" >= "abd")
print(b"abc" < b"abd", b"" < b"a", bytearray(b"ab") == b"ab", b"ab" == bytearray(b"ab"))
print("abc" == b"abc", "abc" != b"abc", "a" == 1)
print("pri" + "nt" == "print", hash("pri" + "nt") == hash("print"))
d = {"print": 1}
print(d["pri" + "nt"])
try:
    "a" < b"a"
except TypeError:
    print("TypeError")
try:
    "a" < 1
except TypeError:
    print("TypeError")
