# A container that holds itself makes json.dumps raise (RuntimeError, as MicroPython)
# instead of overflowing the C stack.
import json
x = []
x.append(x)
try:
    json.dumps(x)
except RuntimeError as e:
    print("RuntimeError", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except RuntimeError as e:
    print("RuntimeError", e)
print(json.dumps([1]))
