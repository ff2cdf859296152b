# %a and {!a} give the repr with non-ASCII code points escaped.
print("%a" % "é€👌", "{!a}".format("naïve"), "{0!a:>8}".format("x"), "%a" % 5)
print("%.4a|" % "éa", "{!a}".format(["ü"]))
