# f-strings: conversions, format specs, nested specs, expressions
x = 42
name = "mps"
w = 8
print(f"x={x} name={name!r} {x:>5} {x:08b} {3.14159:.2f} {name:^{w}}|")
print(f"{x + 1}{'!'}{{literal}}")
print(f"{[1, 2]!s} {None}")
class P:
    def __repr__(self):
        return "repr-P"
    def __str__(self):
        return "str-P"
print(f"{P()} {P()!r} {P()!s} {P()!r:>8}")
print(f"")
print(f"{'nested ' + f'{x}'}")
