# AttributeError says what lacked the attribute: an object, a class or a module.
import sys
class A:
    pass
for obj in [1, A(), A, int, sys]:
    try:
        obj.nothere
    except AttributeError as e:
        print(e)
try:
    (1).x = 2
except AttributeError as e:
    print(e)
