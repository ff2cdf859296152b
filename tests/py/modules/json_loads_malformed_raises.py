# Malformed JSON raises ValueError (CPython's JSONDecodeError is a ValueError too).
import json
bad = ['', ' ', '[', ']', '[1,]', '[1 2]', '{"a" 1}', '{1: 2}', '{"a":}', 'tru', 'nul',
       'True', '01', '1.', '.5', '-', '+1', '1e', '"abc', '[1] x',
       '1 2', '{"a":1,}', '[,1]', '[-]', '{"a":[1,2', '"\\u12"', '"\\x"', 'nulll',
       'truex', '[1]]', '{}}', '1 ]', '"\\uZZZZ"', '{"a"}', '{,}', '[1,,2]']
for text in bad:
    try:
        json.loads(text)
        print(repr(text), "parsed")
    except ValueError:
        print(repr(text), "ValueError")
