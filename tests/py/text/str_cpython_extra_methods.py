# The CPython str methods MicroPython lacks: removeprefix/suffix, isascii, isprintable,
# isidentifier, istitle, expandtabs, maketrans/translate, casefold, format_map, fromhex.
print("prefix-body".removeprefix("prefix-"), "body.py".removesuffix(".py"), "x".removeprefix(""), b"abc".removeprefix(b"a"))
print("abc".isascii(), "é".isascii(), "".isascii(), "a\tb".isprintable(), "ab".isprintable())
print("_a1".isidentifier(), "1a".isidentifier(), "".isidentifier(), "a-b".isidentifier())
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle(), "".istitle(), "A1 B".istitle())
print(repr("a\tbc\td\n\tx".expandtabs()), repr("a\tb".expandtabs(4)), repr("a\tb".expandtabs(tabsize=2)))
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()), "abcdd".translate(t), "héllo".translate({ord("é"): "e", ord("o"): None}))
print(str.maketrans({"a": "1", 98: None}) == {97: "1", 98: None}, "ABC".casefold())
print("{a}-{b}".format_map({"a": 1, "b": "two"}))
print(bytes.fromhex("0a0b"), bytearray.fromhex("0a 0b"), b"".fromhex("ff"), type(bytearray(1).fromhex("00")))
