# str patterns and subjects work in code points: . and classes take one character
import re

m = re.search("[à-ü]+", "xyzéèa")
print(m.group(0), m.span())
print(re.match("..", "éa").group(0))
print(re.sub("é", "e", "aébé"))
print(re.compile("b").search("ééb").start())
print(re.compile("b").search("abab", 2).span())
print(re.compile("b").match("abab", 1).span())
print(re.compile("b").search("abab", 0, 1))
