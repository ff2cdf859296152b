# b2a_base64 / a2b_base64 round trip for every length of a short input, with and
# without the trailing newline.
import binascii
data = bytes(range(200, 256)) + b"hello world"
ok = True
for n in range(len(data) + 1):
    enc = binascii.b2a_base64(data[:n])
    if not enc.endswith(b"\n") or binascii.a2b_base64(enc) != data[:n]:
        ok = False
    if binascii.a2b_base64(binascii.b2a_base64(data[:n], newline=False)) != data[:n]:
        ok = False
print(ok)
print(binascii.b2a_base64(b""), binascii.b2a_base64(b"a"), binascii.b2a_base64(b"ab"))
print(binascii.b2a_base64(b"abc"), binascii.b2a_base64(b"abcd", newline=False))
print(binascii.b2a_base64(b"\xff\xfe\xfd"))
