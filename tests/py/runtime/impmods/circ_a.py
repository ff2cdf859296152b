from impmods import circ_b as b
name = 'circ_a'
def use():
    return b.name
