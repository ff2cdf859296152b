# json.dumps writes ints of any size exactly and floats as repr() does.
import json
print(json.dumps([0, -1, 2**30, 2**100, -(2**70)]))
print(json.dumps([1.0, 2.5, 0.1, 1e16, 1e-07, -0.0, 1e100, 1 / 3]))
print(json.dumps({"big": 123456789012345678901234567890}))
