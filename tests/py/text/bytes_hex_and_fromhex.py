# bytes.hex (with a separator) and bytes.fromhex / bytearray.fromhex.
print(b"\x01\xab\xff".hex(), b"".hex(), bytearray(b"AB").hex())
print(b"\x01\x02\x03".hex(":"), b"\x01\x02\x03\x04\x05".hex("-", 2), b"\x01\x02\x03\x04\x05".hex("-", -2))
print(bytes.fromhex("01ab FF"), bytearray.fromhex("00 10"), bytes.fromhex(""))
try:
    bytes.fromhex("0g")
except ValueError:
    print("ValueError")
