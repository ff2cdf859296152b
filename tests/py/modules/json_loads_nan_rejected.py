# MicroPython's json.loads rejects NaN and Infinity (CPython accepts them).
import json
for text in ("NaN", "Infinity", "[NaN]"):
    try:
        json.loads(text)
        print(text, "parsed")
    except ValueError as e:
        print(text, "ValueError", e)
