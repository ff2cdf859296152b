# isalpha/isdigit/isspace/isupper/islower/isalnum, including empty strings.
for s in ["abc", "ABC", "aBc", "123", "a1", " \t\n", "", "ABC1", "1", "a b"]:
    print(repr(s), s.isalpha(), s.isdigit(), s.isspace(), s.isupper(), s.islower(), s.isalnum())
print(b"abc".isalpha(), b"12".isdigit())
