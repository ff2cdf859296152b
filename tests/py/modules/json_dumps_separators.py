# json.dumps(separators=(item, key)) replaces ", " and ": "; a list works as the pair.
import json
obj = {"a": [1, 2], "b": {"c": None}}
print(json.dumps(obj, separators=(",", ":")))
print(json.dumps(obj, separators=[";", "="]))
print(json.dumps(obj, separators=(" , ", " : ")))
print(json.dumps(obj, separators=None))
print(json.dumps("x", separators=("a", "b")))
