# a nonlocal name must be bound in an enclosing function
print("never runs")
def outer():
    def inner():
        nonlocal missing
        missing = 1
    return inner
