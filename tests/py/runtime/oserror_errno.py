# OSError names its errno: "[Errno 2] ENOENT", with the text after it when given.
for e in [OSError(2), OSError(2, 'nf'), OSError(99999), OSError('x', 'y'), OSError(2, 'a', 'b')]:
    print(str(e), '|', e.args)
print(OSError(2, 'nf').errno, OSError(13).errno)
