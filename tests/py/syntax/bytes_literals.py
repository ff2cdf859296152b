# bytes literals: escapes give byte values; \u is not an escape in bytes
print(b'\x00\xff\n', len(b'\x00\xff\n'))
print(b'\101\x42C')
print(b'\u0041', len(b'\u0041'))
print(br'\n', len(br'\n'))
print(b'a' b'b', type(b''))
print(list(b'\x80\x81'))
