# f-strings: quotes, braces and f-strings inside replacement fields, multi-line fields
x = 42; y = 'w'
print(f'{"}"}', f'{ {"a": 1}["a"] }', f"{'{'}")
print(f'{f"{x}"}', f'{x:{">"}{5}}|')
print(f'{x:%d}' if False else '', f'{3!s:}', f'{(lambda: 1)()}')
print(f'{x}' f'{y}' 'z' f'{x!r}')
print(f'{x:>{x // 10}}|', f'{y!r:^9}|')
print(f'{x = }', f'{x=:>5}', f'{ x = }')
print(f'{"a" if x else "b"}', f'{x:#x}', f'{[1,2][0]}')
print(f"""{
x
+ 1
}""")
print(f'{{x}}', f'{{{x}}}', f'x{{', f'}}x')
