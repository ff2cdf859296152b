# the name bound by `except E as e` is deleted after the handler
try:
    raise ValueError("x")
except ValueError as e:
    print(type(e).__name__, e.args)
try:
    e
except NameError:
    print("e deleted")
def f():
    e = 1
    try:
        raise KeyError
    except KeyError as e:
        pass
    try:
        return e
    except NameError:
        return "deleted in function"
print(f())
