# the empty tuple is one shared object however it is made
e = ()
t = (1, 2)
n = 0
made = [tuple(), tuple([]), t[5:], t * n, tuple(x for x in []), t[:0]]
print([x is e for x in made])
print(tuple(t) is t, t[:] is t)
