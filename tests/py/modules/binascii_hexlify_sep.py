# binascii.hexlify gives lowercase hex digits, optionally with a separator byte.
import binascii
print(binascii.hexlify(b"\x01\xab\xff"))
print(binascii.hexlify(b"\x01\xab\xff", b":"))
print(binascii.hexlify(b"\x01\xab\xff", "-"))
print(binascii.hexlify(b""), binascii.hexlify(b"", b":"))
print(binascii.hexlify(bytearray(b"ab")))
print(binascii.hexlify(bytes(range(256)))[:40])
