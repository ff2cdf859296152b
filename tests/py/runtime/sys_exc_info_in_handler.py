# sys.exc_info() names the exception being handled, and (None, None, None) otherwise.
import sys
print(sys.exc_info())
try:
    raise ValueError('v', 1)
except ValueError:
    t, v, tb = sys.exc_info()
    print(t, v.args)
print(sys.exc_info())
