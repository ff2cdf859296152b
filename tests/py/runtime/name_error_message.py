# NameError for a name that is not defined anywhere.
try:
    undefined_thing
except NameError as e:
    print(e)
def f():
    return also_undefined
try:
    f()
except NameError as e:
    print(e)
x = 1
del x
try:
    x
except NameError as e:
    print(e)
