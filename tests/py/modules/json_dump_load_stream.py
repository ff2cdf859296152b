# json.dump writes to a stream and json.load reads one back.
import io
import json
obj = {"name": "x", "vals": [1, 2.5, None, True], "nested": {"k": []}}
s = io.StringIO()
json.dump(obj, s)
print(s.getvalue())
s.seek(0)
print(json.load(s) == obj)
s = io.StringIO()
json.dump([1, {"a": 2}], s, separators=(",", ":"))
print(s.getvalue())
print(json.load(io.StringIO('  {"k": [1, 2, "\\u00e9"]}\n  ')))
try:
    json.load(io.StringIO("[1] 2"))
except ValueError:
    print("ValueError")
