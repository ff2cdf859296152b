# import statement forms
import sys
import sys as s2, gc
from sys import argv as av, path
from gc import (collect,
                enable,)
print(s2 is sys, type(av).__name__, type(path).__name__, callable(collect), callable(enable), gc.__name__)
from gc import *
print(callable(disable))
