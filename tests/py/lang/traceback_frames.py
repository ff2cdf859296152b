# an uncaught exception prints one traceback line per frame
def inner():
    raise ValueError("deep")
def middle():
    inner()
def outer():
    middle()
try:
    outer()
except ValueError as e:
    print("caught", e)
outer()
