# &, |, ^ and ~ act on the infinite two's complement form, for small and big ints.
vals = (0, 1, -1, 5, -6, 2**40 + 3, -(2**40) - 3, 2**100 - 1, -(2**100))
for a in vals:
    print(~a, [a & b for b in vals])
    print([a | b for b in vals])
    print([a ^ b for b in vals])
