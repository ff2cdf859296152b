# int.bit_length for small, negative and big ints.
for n in (0, 1, -1, 255, 256, -256, 2**30 - 1, 2**30, -(2**30), 2**64, 2**1000 - 1):
    print(n.bit_length())
