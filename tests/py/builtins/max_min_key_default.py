# max/min over an iterable or several args, with key= and default=.
print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min("hello"))
print(max(["aa", "b", "cccc"], key=len), min(["aa", "b", "cccc"], key=len))
print(max([], default="empty"), min((), default=None), max([1], default=5))
print(max([(1, "b"), (1, "a")]), min([3, 1, 3], key=lambda x: -x))
print(max(1, 2.5), min(-1, True))
try:
    max([])
except ValueError:
    print("ValueError")
