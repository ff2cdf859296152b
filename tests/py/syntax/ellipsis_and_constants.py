# the constants ..., None, True, False
print(..., Ellipsis is ...)
print(None, True, False, True + True)
def stub(): ...
print(stub())
x = [..., None]
print(x)
