# args is always a tuple; StopIteration.value is args[0] or None.
e = ValueError(1, 'two')
print(e.args, type(e.args) is tuple, len(e.args))
print(StopIteration(5).value, StopIteration().value)
try:
    raise StopIteration(7)
except StopIteration as s:
    print('caught', s.value, s.args)
