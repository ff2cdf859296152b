# the empty tuple is one shared object however it is made
e = ()
print(tuple() is e, tuple([]) is e, (1, 2)[5:] is e, (1,) * 0 is e, tuple(x for x in []) is e)
t = (1, 2)
print(tuple(t) is t, t[:] is t)
