# Indexing and slicing count code points, with any step.
s = "aébécé"
print(len(s), s[1], s[-1], s[1:3], s[::2], s[1::2], s[::-1], s[-1::-2], s[4:1:-1])
t = "abcdef"
print(t[1:], t[:-1], t[::3], t[5:0:-2], t[10:], t[-10:2], t[3:1])
print(b"abcdef"[1:4], b"abcdef"[::-2], b"abc"[0], b"abc"[-1])
try:
    "abc"[3]
except IndexError:
    print("IndexError")
try:
    "abc"[::0]
except ValueError:
    print("ValueError")
