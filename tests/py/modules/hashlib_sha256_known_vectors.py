# hashlib.sha256 digests of the FIPS 180 example messages.
import binascii
import hashlib
for msg in (b"", b"abc", b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", b"a" * 1000):
    print(binascii.hexlify(hashlib.sha256(msg).digest()))
print(len(hashlib.sha256().digest()))
