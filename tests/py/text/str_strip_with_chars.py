# strip/lstrip/rstrip with and without a set of characters.
print(repr("  \t hi \n ".strip()))
print(repr("  hi  ".lstrip()), repr("  hi  ".rstrip()))
print("xxhixyx".strip("xy"))
print("xxhixyx".lstrip("x"), "xxhixyx".rstrip("xy"))
print(repr("aaa".strip("a")))
print("éaé".strip("é"))
print(b"  ab  ".strip(), b"xxabx".strip(b"x"))
print("hi".strip(None))
