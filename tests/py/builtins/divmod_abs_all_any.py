# Small numeric and truth built-ins.
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), abs(-3), abs(2.5), abs(-0))
print(all([]), all([1, 0]), all(x > 0 for x in [1, 2]), any([]), any([0, "", 3]), any(iter([0])))
