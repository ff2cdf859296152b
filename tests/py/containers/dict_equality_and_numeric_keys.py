# 1, 1.0 and True are the same key
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d))
print(d[1], d[1.0], d[True])
print({1: 2} == {1.0: 2}, {1: 2} == {1: 3}, {1: 2} != {2: 1}, {1: 2} == [1], {} == {})
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1})
s = 'ke' + 'y'   # a str made at run time
e = {'key': 1}
print(e[s], s in e)
e[s] = 2
print(e, len(e))
