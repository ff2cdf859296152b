# from m import * takes __all__ when the module has one, else the names without '_'.
from impmods.withall import *
print(shown, _also_shown)
try:
    hidden
except NameError:
    print('hidden not imported')
from impmods.noall import *
print(public)
try:
    _private
except NameError:
    print('_private not imported')
