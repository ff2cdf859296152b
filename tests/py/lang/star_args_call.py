# * and ** in calls
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
a = [1, 2]
d = {"x": 1}
print(f(*a))
print(f(0, *a, 3, *(4, 5)))
print(f(**d, y=2))
print(f(*a, **d, **{"z": 3}))
print(f(*range(3), k=1))
class O:
    def m(self, *a, **k):
        return a, k
print(O().m(*a, **d))
print(max(*[3, 9, 2]))
