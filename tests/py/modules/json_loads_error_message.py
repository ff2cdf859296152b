# MicroPython's message for malformed JSON.
import json
for text in ['[', 'tru', '{"a":1', '[1] x']:
    try:
        json.loads(text)
    except ValueError as e:
        print(repr(text), e)
