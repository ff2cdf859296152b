# lower/upper/capitalize/title/swapcase on ASCII letters.
s = "hello World 42"
print(s.lower(), s.upper(), s.capitalize(), s.title(), s.swapcase())
print("they're bill's".title())
print("ABC".capitalize(), "".upper())
print(b"MiXeD".lower(), b"MiXeD".upper())
