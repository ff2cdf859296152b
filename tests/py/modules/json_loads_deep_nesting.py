# json.loads parses without recursion: deep nesting needs heap, not C stack.
# mpsim: heap-exact
import json
depth = 3000
v = json.loads("[" * depth + "]" * depth)
n = 0
while v:
    v = v[0]
    n += 1
print(n)
v = json.loads('{"a":' * depth + 'null' + '}' * depth)
n = 0
while v is not None:
    v = v["a"]
    n += 1
print(n)
