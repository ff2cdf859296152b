# // and % on small ints round toward minus infinity; the remainder takes the
# divisor's sign.
for a in (7, -7, 0, 1, -1, 13):
    for b in (2, -2, 3, -3, 1, -1):
        print(a, b, a // b, a % b, divmod(a, b))
print(-(2**30) // -1, -(2**30) % -1)
