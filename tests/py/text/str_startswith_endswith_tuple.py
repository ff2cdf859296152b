# startswith/endswith with tuples of prefixes and start/end bounds.
s = "hello.py"
print(s.startswith("he"), s.startswith("lo"), s.startswith("lo", 3))
print(s.endswith(".py"), s.endswith((".c", ".py")), s.endswith("hello", 0, 5))
print(s.startswith(("x", "y")), s.startswith(""), s.endswith("", 9))
print(b"abc".startswith(b"ab"), b"abc".endswith((b"x", b"bc")))
