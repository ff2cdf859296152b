# type(name, bases, dict) makes a class like a class statement does.
def hello(self):
    return "hello from " + type(self).__name__

Base = type("Base", (), {"hello": hello, "k": 1})
Sub = type("Sub", (Base,), {"k": 2})
s = Sub()
print(s.hello(), s.k, Base.k, isinstance(s, Base), Sub.__name__)
print(type(1) is int, type("") is str, type(None).__name__)
try:
    type(1, 2)
except TypeError:
    print("TypeError")
