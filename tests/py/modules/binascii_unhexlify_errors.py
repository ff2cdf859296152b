# binascii.unhexlify decodes pairs of hex digits (either case) and raises ValueError
# for odd lengths and non-hex digits.
import binascii
print(binascii.unhexlify(b"01abFF"), binascii.unhexlify("7e7F"), binascii.unhexlify(""))
for bad in ("01a", "0g", "zz", "1"):
    try:
        binascii.unhexlify(bad)
        print(bad, "decoded")
    except ValueError:
        print(bad, "ValueError")
