# Two modules importing each other: the second finds the first half-made in sys.modules.
from impmods import circ_a as a
print(a.name, a.use(), a.b.use())
