# Instances of subclasses of list, tuple and dict are written as their contents.
import json
class L(list):
    pass
class T(tuple):
    pass
class D(dict):
    pass
print(json.dumps(L([1, 2])))
print(json.dumps(T((3, 4))))
print(json.dumps(D(a=1)))
print(json.dumps({"x": L([D(b=None)])}))
