# Feeding a hash in pieces of any size gives the digest of the whole message.
import hashlib
data = bytes(range(256)) * 3
for algo in (hashlib.sha256, hashlib.sha1, hashlib.md5):
    whole = algo(data).digest()
    ok = True
    for step in (1, 3, 55, 56, 63, 64, 65, 100):
        h = algo()
        for i in range(0, len(data), step):
            h.update(data[i:i + step])
        ok = ok and h.digest() == whole
    h = algo(data[:10])
    h.update(bytearray(data[10:]))
    print(ok, h.digest() == whole)
