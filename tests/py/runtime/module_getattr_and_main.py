# A module's own __getattr__ answers for missing names; __main__ can be imported;
# module attributes can be set and deleted.
from impmods import modga
print(modga.x, modga.foo)
from impmods.modga import bar
print(bar)
import __main__
print(__main__.__name__, repr(__main__)[:17])
modga.y = 5
print(modga.y, modga.__dict__['y'])
del modga.y
print(modga.y)
