# json.dumps writes nested dicts and lists with ", " and ": " and JSON's literals.
import json
print(json.dumps({"a": [1, 2.5, None, True]}))
print(json.dumps({"outer": {"inner": [[], {}, [False, None]], "n": -3}}))
print(json.dumps([[1, [2, [3, [4]]]], "x"]))
print(json.dumps((1, (2, 3))))
print(json.dumps([]), json.dumps({}), json.dumps(""), json.dumps(None))
