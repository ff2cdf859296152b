# A module's body runs on the first import only; later imports reuse sys.modules.
import sys
import impmods.counted
import impmods.counted as c2
from impmods import counted
print(impmods.counted is c2, c2 is counted)
print(counted.value, counted.hello(), counted.__name__)
print('impmods.counted' in sys.modules)
