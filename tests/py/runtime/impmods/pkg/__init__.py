print('pkg init', __name__)
from . import a
