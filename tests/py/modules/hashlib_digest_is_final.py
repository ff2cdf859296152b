# As in MicroPython, digest() finishes a hash: digest() and update() then raise
# ValueError. Objects have update and digest only.
import hashlib
h = hashlib.sha256(b"abc")
print(len(h.digest()))
for call in (lambda: h.digest(), lambda: h.update(b"x")):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
print(hasattr(h, "hexdigest"), h, type(h))
try:
    hashlib.sha256(5)
except TypeError as e:
    print("TypeError", e)
