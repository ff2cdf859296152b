# partition and rpartition return 3-tuples, found or not.
print("a=b=c".partition("="))
print("a=b=c".rpartition("="))
print("abc".partition("="))
print("abc".rpartition("="))
print(b"k: v".partition(b": "))
try:
    "abc".partition("")
except ValueError:
    print("ValueError")
