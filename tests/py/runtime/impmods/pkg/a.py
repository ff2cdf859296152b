print('pkg.a init', __name__)
from .sub import b
val = 'A'
