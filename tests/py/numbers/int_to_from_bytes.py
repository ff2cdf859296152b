# int.to_bytes and int.from_bytes, both byte orders, signed and not, small and big.
print((1024).to_bytes(4, "little"), (1024).to_bytes(4, "big"))
print((-1).to_bytes(3, "little", signed=True), (-129).to_bytes(2, "big", signed=True))
print((2**70 + 5).to_bytes(10, "big"))
print(int.from_bytes(b"\x01\x02", "big"), int.from_bytes(b"\x01\x02", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff" * 12, "little", signed=True))
print(int.from_bytes(bytes(range(1, 17)), "big"))
for n in (0, 1, 127, 128, -128, -129, 2**63, -(2**63), 2**100):
    try:
        b = n.to_bytes(8, "little", signed=True)
        print(n, b, int.from_bytes(b, "little", signed=True) == n)
    except OverflowError:
        print(n, "OverflowError")
try:
    (-1).to_bytes(1, "little")
except OverflowError:
    print("OverflowError negative")
