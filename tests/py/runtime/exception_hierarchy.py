# The built-in classes sit where CPython puts them.
pairs = [
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (NotImplementedError, RuntimeError), (IndentationError, SyntaxError),
    (UnicodeError, ValueError), (Exception, BaseException), (SystemExit, BaseException),
    (KeyboardInterrupt, BaseException), (GeneratorExit, BaseException),
    (StopIteration, Exception), (SystemExit, Exception), (KeyError, ValueError),
]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
print(isinstance(KeyError(), LookupError), isinstance(KeyError(), IndexError))
