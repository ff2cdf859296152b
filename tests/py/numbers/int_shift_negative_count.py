# Shifting by a negative count raises ValueError.
for f in (lambda: 1 << -1, lambda: 1 >> -1, lambda: (2**100) << -5, lambda: 1 >> -(2**100)):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
