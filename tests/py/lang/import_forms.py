# import forms: plain, dotted-free aliases, from-import, star
import sys
import sys as s2
from sys import path as p
print(s2 is sys, p is sys.path)
def local_import():
    import sys as inner
    from sys import modules
    return inner is sys, type(modules).__name__
print(local_import())
try:
    import no_such_module_xyz
except ImportError:
    print("ImportError")
print(__name__)
