# match objects: group() with one or several indices, groups(), span/start/end
import re

m = re.match(r"(\w+)-(\d+)(x)?", "abc-123 rest")
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(3))
print(m.group(1, 2))
print(m.groups())
print(m.groups("none"))
print(m.span(), m.span(2), m.start(1), m.end(1), m.span(3))
try:
    m.group(4)
except IndexError as e:
    print("IndexError", e)
print(re.match("a", "b"))
