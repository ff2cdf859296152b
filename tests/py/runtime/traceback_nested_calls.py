# An uncaught exception prints each frame, outermost first, then the exception.
def inner():
    raise ValueError('bad thing')

def outer():
    inner()

print('before')
outer()
print('never')
