# x if c else y: lowest precedence above lambda, right-associative
for c in (0, 1, 2):
    print('zero' if c == 0 else 'one' if c == 1 else 'many')
print(1 + (2 if 0 else 3), 1 + 2 if 0 else 3)
print([x if x % 2 else -x for x in range(5)])
f = lambda v: v if v > 0 else -v
print(f(-3), f(4))
print((1, 2) if True else (3, 4))
