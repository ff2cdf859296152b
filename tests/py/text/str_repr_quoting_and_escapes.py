# repr() picks quotes as CPython does and escapes control characters.
print(repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("tab\there\nnew\\line\r"))
print(repr("\x00\x01\x7f"), repr("é ሴ"))
print(repr(b"it's"), repr(b"\x00\xff\n'\""))
print(str(b"abc"), str("abc"))
print([repr(c) for c in "a'b"])
