# deeply nested brackets parse; absurd nesting raises an exception instead of crashing
print(eval('(' * 150 + '7' + ')' * 150))
print(len(eval('[' * 150 + ']' * 150)))
print(eval('-' * 500 + '1'))
print(eval('1' + '+1' * 2000))
try:
    eval('(' * 100000 + ')' * 100000)
    print('no error')
except Exception:
    print('nesting too deep')
