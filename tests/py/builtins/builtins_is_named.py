# The built-in types and constants are reachable by name.
print(int, str, list, dict, tuple, set, frozenset, bool, float, object, type, range, bytes)
print(enumerate.__name__, zip.__name__, map.__name__, filter.__name__, reversed.__name__, super.__name__)
print(NotImplemented, Ellipsis, issubclass(ValueError, Exception), property.__name__)
import builtins
print(builtins.len is len, builtins.__name__)
