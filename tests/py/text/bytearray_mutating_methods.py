# bytearray is mutable: append, extend, insert, pop, remove, reverse, clear, +=.
b = bytearray(b"hello")
b.append(33)
b.extend(b"ab")
b.extend([1, 2])
b.insert(0, 65)
b.insert(-1, 66)
print(b, len(b))
print(b.pop(), b.pop(0), b)
b.remove(ord("l"))
print(b)
b.reverse()
print(b)
b += b"xyz"
print(b)
c = b.copy()
b.clear()
print(b, c, len(b))
for bad in [lambda: bytearray().pop(), lambda: bytearray(b"a").remove(5), lambda: bytearray().append(256)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__)
