# + and * on str and bytes, and the `in` operator.
print("foo" + "bar", "ab" * 3, 3 * "ab", "x" * 0, "x" * -1)
print(b"ab" + b"cd", b"ab" * 2, b"ab" + bytearray(b"c"))
print("ell" in "hello", "" in "abc", "z" in "abc", 101 in b"hello", b"el" in b"hello")
s = "a"
s += "b"
print(s)
try:
    "a" + 1
except TypeError:
    print("TypeError")
try:
    b"a" + "a"
except TypeError:
    print("TypeError")
try:
    1 in "a"
except TypeError:
    print("TypeError")
