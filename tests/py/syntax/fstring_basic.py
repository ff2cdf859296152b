# f-strings: expressions, conversions, braces
x = 42
name = 'mps'
print(f'x={x}', f"{name}!", f'{x + 1}', f'{x * 2:d}')
print(f'{{}}', f'{{{x}}}', f'a{{b}}c')
print(f'{name!r}', f'{name!s}', f'{x!r}')
print(f'{"quoted"}', f"{'single'}")
d = {'k': 'v'}
print(f"{d['k']}", f'{[1, 2][1]}', f'{(lambda: 7)()}')
print(f'{x if x > 1 else 0}', f'{x, x}')
print(f'')
print(F'upper {x}', rf'raw\n{x}', fR'{x}\t')
print(f'''triple {x}
quoted''')
print(f'{3 > 2}', f'{"a" "b"}')
