# bool arithmetic is int arithmetic; & | ^ of two bools stay bools.
print(True + True, True * 3, -True, ~False, abs(True), True / 2)
print(True & False, True | False, True ^ True, True & 3, 2 | True)
print(bool(), bool(0), bool([1]), bool(""), repr(True), str(False))
print(hash(True), int(True), True == 1, {1: "one"}[True], type(True).__name__)
