# a bad pattern raises ValueError (MicroPython's messages), never crashes
import re

for p in ["(", ")", "[", "a**", "*", "a{3,1}", "\\", "(?P<n>a)"]:
    try:
        re.compile(p)
        print(p, "compiled")
    except ValueError as e:
        print(p, "ValueError", e)
# deep nesting and huge repeats are refused instead of exhausting the C stack
for p in ["(" * 500 + ")" * 500, "(a{1000}){1000}"]:
    try:
        re.compile(p)
    except ValueError as e:
        print(len(p), e)
# empty loops terminate
print(re.match("(a*)*b", "aaaa"))
print(re.match("(a*)+", "aaaa").group(0))
