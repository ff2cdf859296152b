# encode/decode with utf-8, ascii and latin-1, and the errors argument.
print("héllo".encode(), "héllo".encode("utf-8"), "abc".encode("ascii"), "é".encode("latin-1"))
print(b"h\xc3\xa9llo".decode(), b"abc".decode("ascii"), b"\xe9".decode("latin-1"))
print(b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("utf-8", "replace"))
print(str(b"xyz", "utf-8"), str(bytearray(b"ba"), "ascii"))
for bad in [lambda: b"\xff".decode(), lambda: "é".encode("ascii"), lambda: b"a".decode("nope")]:
    try:
        bad()
    except UnicodeError:
        print("UnicodeError")
    except LookupError:
        print("LookupError")
