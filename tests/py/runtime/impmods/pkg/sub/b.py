from .. import a
print('pkg.sub.b sees', a.__name__)
from ... import counted
print('pkg.sub.b got', counted.value)
