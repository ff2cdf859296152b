# the u-prefixed alias and the repr of match objects
import ure
import re

print(ure is re)
print(re.match("(a)(b)", "ab"))
print(type(re.compile("a")).__name__ if hasattr(type(re.compile("a")), "__name__") else "re")
