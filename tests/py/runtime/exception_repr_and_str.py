# repr of an exception shows its args tuple (MicroPython keeps the tuple's comma);
# str shows nothing, the one arg, or the tuple.
for e in [ValueError(), ValueError('x'), ValueError(1, 2), KeyError('k'), Exception('a\nb')]:
    print(repr(e), '|', str(e), '|', e.args)
