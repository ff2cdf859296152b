# f-string format specs, including nested replacement fields
x = 3.14159
w = 10
print(f'{x:.2f}', f'{x:10.3f}|', f'{x:<{w}.1f}|')
print(f'{42:>5}|', f'{42:05d}', f'{255:x}', f'{255:#b}')
print(f'{"s":^7}|', f'{"s"!r:>6}|')
print(f'{1000000:,}', f'{0.5:%}')
prec = 3
print(f'{x:.{prec}}', f'{x:{w}.{prec}}|')
print(f'{12:{"+"}}')
