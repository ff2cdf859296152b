# assert with and without a message
assert True
assert 1 == 1, "never"
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError", e.args)
try:
    assert [], "empty %s" % "list"
except AssertionError as e:
    print("AssertionError", e.args)
