# MicroPython's json.dumps quotes non-str dict keys and writes bytes as a string.
import json
print(json.dumps({1: 2}))
print(json.dumps({None: 1, True: 2, 1.5: 3}))
print(json.dumps({(1, 2): "t"}))
print(json.dumps(b"ab"))
