# binascii.crc32 gives zlib's CRC-32, continuing from a previous value.
import binascii
print(binascii.crc32(b""), binascii.crc32(b"hello"), binascii.crc32(b"hello", 123))
print(binascii.crc32(b"123456789"))
print(binascii.crc32(b"world", binascii.crc32(b"hello ")) == binascii.crc32(b"hello world"))
print(binascii.crc32(b"abc", 0xFFFFFFFF), binascii.crc32(bytes(1000)))
