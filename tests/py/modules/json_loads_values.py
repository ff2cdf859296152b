# json.loads parses literals, numbers, strings with escapes, and nested containers.
import json
for text in ['1', ' -1 ', '0', '-0', '1.5', '1e3', '1E-2', '0.5e+2', '-1.5E2', '1e400',
             '123456789012345678901234567890', 'true', 'false', 'null', '""', '"abc"',
             '"\\u00e9\\n\\t\\"\\\\\\/\\b\\f\\r"', '"\\u0000"', '"\u00e9"',
             '[]', '{}', '[1, [2, [3]], {"a": {"b": null}}]', '{"a":1,"a":2}',
             '\t\n\r [1 , 2 ]\n', '{ "x" : [ true , false ] , "y" : "z" }']:
    print(repr(text), repr(json.loads(text)))
