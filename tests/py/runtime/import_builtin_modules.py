# Built-in modules import without files, and `import a as b` binds the same object.
import sys, gc, math, micropython
import sys as s2
print(s2 is sys, sys.__name__, math.__name__, gc.__name__, micropython.__name__)
m = __import__('math')
print(m is math)
import builtins
print(builtins.len is len)
