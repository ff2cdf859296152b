# find/rfind/index/rindex/count with start and end, negative too, and on non-ASCII text.
s = "hello world"
print(s.find("o"), s.rfind("o"), s.find("o", 5), s.find("o", 5, 7), s.find("z"))
print(s.find("l", -3), s.rfind("l", 0, -3), s.find(""), s.rfind(""), s.find("", 20))
print(s.index("w"), s.rindex("l"), s.count("l"), s.count("l", 4), s.count(""))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
t = "héllo wörld"
print(t.find("l"), t.rfind("ö"), t.find("o", -5), t.count(""), t.index("w"))
print(b"abcabc".find(b"c"), b"abcabc".rfind(b"c"), b"abcabc".count(b"bc"))
