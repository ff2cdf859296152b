# sys.print_exception prints a caught exception's traceback as an uncaught one would.
import sys

def a():
    b()

def b():
    {}['k']

try:
    a()
except KeyError as e:
    sys.print_exception(e)
sys.print_exception(ValueError('never raised'))
import io
s = io.StringIO()
try:
    1 // 0
except ZeroDivisionError as e:
    sys.print_exception(e, s)
print(repr(s.getvalue()))
