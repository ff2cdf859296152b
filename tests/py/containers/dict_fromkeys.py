print(dict.fromkeys(['a', 'b']), dict.fromkeys('xy', 0), dict.fromkeys(range(3), []))
d = dict.fromkeys((1, 2), 'v')
print(d)
print({}.fromkeys([5]))
