# json.dumps escapes quotes, backslashes and control characters (\u00XX except \n \r
# \t) and, as MicroPython, writes other characters (non-ASCII too) as they are.
import json
print(json.dumps("quote\" backslash\\ slash/"))
print(json.dumps("".join(chr(i) for i in range(32))))
print(json.dumps("caf\u00e9 \u20ac \U0001f600"))
print(json.dumps({"k\ney": "v\tal"}))
