# re.split and Pattern.split, with maxsplit and capturing groups
import re

print(re.split(",", "a,b,,c"))
print(re.split(",", "a,b,,c", 1))
print(re.split(r"\s*;\s*", "x ; y;z  ;  w"))
print(re.split("(,)", "a,b"))
print(re.split(",", ""))
print(re.compile(r"\d").split("a1b2c"))
print(re.compile(r"\d").split("a1b2c", 1))
