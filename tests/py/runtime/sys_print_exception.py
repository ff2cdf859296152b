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
