# json.loads of something that is not text raises TypeError.
import json
for v in (1, None, [1]):
    try:
        json.loads(v)
    except TypeError:
        print("TypeError")
