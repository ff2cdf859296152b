# eval takes one expression (a tuple if commas), ignoring surrounding blank lines
print(eval('1 + 2'))
print(eval('1, 2'))
print(eval('[x * 2 for x in range(3)]'))
print(eval('1 +\\\n 2'))
print(eval('(1 +\n 2)'))
print(eval('3\n\n'))
for src in ('x = 1', 'pass', '1 2', ''):
    try:
        eval(src)
        print('no error', repr(src))
    except SyntaxError:
        print('SyntaxError', repr(src))
