# Measures: string building (join, % and format(), concatenation, slicing, str methods).


def build_lines(n):
    parts = []
    for i in range(n):
        parts.append("item%d:%s" % (i, "abcdefghij"[i % 10:]))
    return ",".join(parts)


def concat(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
        if len(s) > 48:
            s = s[24:]
    return s


def fmt(n):
    total = 0
    for i in range(n):
        t = "{}-{}-{}".format(i, i * 2, "x")
        u = t.upper().replace("-", "+")
        total += len(u) + u.count("+")
    return total


def slices(line, n):
    acc = 0
    span = len(line) - 12
    for i in range(n):
        a = i % span
        piece = line[a:a + 12]
        if piece.startswith("item"):
            acc += 1
        acc += piece.find(":") + 1
        acc += len(piece.split(":")[0].strip("ti"))
    return acc


total = 0
for r in range(400):
    text = build_lines(300)
    total += len(text)
print("join:", total)
print("concat:", concat(800000))
print("format:", fmt(400000))
print("slices:", slices(text[:80], 500000))
