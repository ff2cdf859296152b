# __setattr__ and __delattr__ intercept stores; object.__setattr__ does the plain one.
class Log:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)

o = Log()
o.a = 2
print(o.a)
del o.a
print(hasattr(o, "a"))
