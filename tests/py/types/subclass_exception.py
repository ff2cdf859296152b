# User exceptions: raise/catch by base, args, str, extra attributes.
class MyError(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code

class Plain(Exception):
    pass

try:
    raise MyError("bad", 42)
except ValueError as e:
    print(type(e).__name__, e.args, str(e), e.code, isinstance(e, Exception))
try:
    raise Plain("a", 1)
except Exception as e:
    print(e.args, repr(e) == "Plain('a', 1)", str(e))
print(issubclass(MyError, ValueError), issubclass(Plain, ValueError))
class WithStr(Exception):
    def __str__(self):
        return "custom"
print(str(WithStr()), WithStr("x").args)
