from impmods import circ_a as a
name = 'circ_b'
def use():
    return a.name
