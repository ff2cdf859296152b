# f-strings format their fields like str.format.
x = 3.14159
n = 42
s = "ab"
print(f"{x:.2f} {n:05d} {s!r} {s:>4} {n:#x} {x:{8}.{3}} {'lit'} {n + 1}")
print(f"{{braces}} {n:,} {n:b}")
