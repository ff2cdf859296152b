# adjacent literals are joined when parsing; prefixes are case-insensitive
s = "foo" "bar" 'baz'
print(s, len(s))
print("a" 'b' """c""" '''d''')
print(r"\n" "\n" == "\\n\n")
print(R'a\b' r"c\d")
print(b"ab" b'cd', rb"\x" Br"\y" bR'z' RB'w')
print(u"unicode" U'x')
t = ("multi"
     "line"
     'joined')
print(t)
print(f"{1}" "a" f"{2}", "x" f"{3}")
