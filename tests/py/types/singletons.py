# None, NotImplemented and Ellipsis are singletons with fixed reprs.
print(None, NotImplemented, Ellipsis, ..., ... is Ellipsis)
print(repr(None), type(None).__name__, bool(None))
print(type(...)() if False else "ok", NotImplemented is NotImplemented)
