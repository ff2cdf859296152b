# Division by zero raises ZeroDivisionError for every division operator.
for f in (lambda: 1 // 0, lambda: 1 % 0, lambda: 1 / 0, lambda: divmod(1, 0),
          lambda: 2**100 // 0, lambda: 2**100 % 0, lambda: (2**100) / 0, lambda: 0 ** -1):
    try:
        f()
    except ZeroDivisionError:
        print("ZeroDivisionError")
