# __init__ returning a value is an error.
class A:
    def __init__(self):
        return 1

try:
    A()
except TypeError as e:
    print("TypeError:", e)
