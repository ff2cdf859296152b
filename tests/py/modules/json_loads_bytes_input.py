# json.loads accepts bytes and bytearray holding UTF-8 text.
import json
print(json.loads(b'[1, "x", {"k": null}]'))
print(json.loads(bytearray(b'{"a": [2.5]}')))
print(json.loads(b'"\xc3\xa9"') == "\u00e9")
