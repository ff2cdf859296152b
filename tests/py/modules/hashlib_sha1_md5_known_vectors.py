# hashlib.sha1 and hashlib.md5 digests of well-known messages.
import binascii
import hashlib
for msg in (b"", b"abc", b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", b"x" * 200):
    print(binascii.hexlify(hashlib.sha1(msg).digest()), binascii.hexlify(hashlib.md5(msg).digest()))
