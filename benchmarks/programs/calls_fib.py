# Measures: function call overhead (recursive calls, argument passing, returns).


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def add3(a, b, c):
    return a + b + c


def chain(n):
    # Non-recursive calls with several positional and keyword arguments.
    total = 0
    for i in range(n):
        total = add3(total, i & 7, c=1) & 0xFFFFF
    return total


print("fib(31) =", fib(31))
print("chain =", chain(3000000))
