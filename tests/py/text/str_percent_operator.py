# printf-style % formatting of str, with tuples, single values and dicts.
print("%s|%r|%d|%i|%5d|%-5d|%05d|%+d|% d" % ("a", "b", 3, 4, 5, 6, -7, 8, 9))
print("%x|%X|%#x|%#o|%o|%.3d|%c|%c" % (255, 255, 255, 8, 8, 5, 65, "z"))
print("%.3f|%e|%g|%G|%10.4E|%-8.2f|%08.3f" % (1.5, 1e10, 1e-5, 1e20, 3.14159, 2.5, -3.14159))
print("%5s|%-5s|%.2s|%5.1s|" % ("ab", "ab", "abc", "xyz"))
print("%*d|%-*d|%.*f" % (5, 42, 4, 7, 2, 3.14159))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 42})
print("%s" % 42, "%s" % [1, 2], "%s" % (1,), "%d%%" % 50, "%s" % {"a": 1})
print("%d %d" % (1.9, -1.9), "%s %s" % (True, None))
for bad in [("%s %s", (1,)), ("%s", (1, 2)), ("%d", "a"), ("%(a)s", 1)]:
    try:
        print(bad[0] % bad[1])
    except TypeError:
        print("TypeError")
try:
    "%y" % 1
except ValueError:
    print("ValueError")
