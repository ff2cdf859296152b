# globals() is the module dict; locals() at module level is the same dict.
x = 5
g = globals()
print(g["x"], globals() is locals(), "__name__" in g)
g["made_here"] = 7
print(made_here)
