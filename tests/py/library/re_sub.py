# re.sub: templates with \n and \g<n>, callables, count, empty matches
import re

print(re.sub("a", "b", "banana"))
print(re.sub("a", "b", "banana", 2))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good day"))
print(re.sub(r"(\w+) (\w+)", r"\g<2>-\g<1>", "hello world"))
print(re.sub(r"\d+", lambda m: str(int(m.group(0)) * 2), "a1 b22 c333"))
print(re.sub("x*", "-", "axxb"))
print(re.sub("(a)(b)?", r"[\2]", "ac ab"))
print(re.compile("o").sub("0", "foo boo", 3))
print(re.sub(b"a", b"b", b"aXa"))
