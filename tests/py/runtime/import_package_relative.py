# Packages with __init__.py, submodules, and relative imports one to three levels up.
import impmods.pkg
print(impmods.pkg.a.val)
import impmods.pkg.sub.b as b
print(b.a.val)
from impmods.pkg import sub
print(sub.__name__)
from impmods.pkg.sub import b as b2
print(b2 is b)
