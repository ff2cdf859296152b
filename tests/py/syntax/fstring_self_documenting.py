# f'{expr=}' shows the expression text, then its repr (or the format applied)
x = 1
s = 'a'
print(f'{x=}', f'{s=}', f'{x+1=}')
print(f'{s=!s}', f'{x=:>4}|')
