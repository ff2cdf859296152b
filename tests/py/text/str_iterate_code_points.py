# Iterating over str yields code points; over bytes, ints.
print(list("héllo"), len("héllo"))
print(list(b"h\xc3\xa9"), len(b"h\xc3\xa9"))
print([c for c in "ab" * 2])
print("".join(reversed("abc")))
