# A \uXXXX surrogate pair decodes to one character.
import json
s = json.loads('"\\ud83d\\ude00 x"')
print(len(s), s == "\U0001f600 x", hex(ord(s[0])))
