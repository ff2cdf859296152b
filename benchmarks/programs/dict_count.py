# Measures: dict operations (word counting, get/setdefault, membership, iteration).

WORDS = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi".split()


def make_text(n):
    out = []
    x = 1
    for i in range(n):
        x = (x * 75 + 74) % 65537
        w = WORDS[x % len(WORDS)]
        out.append(w + str(x % 13))
    return out


def count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    groups = {}
    for w in words:
        groups.setdefault(w[0], []).append(w)
    hits = 0
    for w in words:
        if w in counts:
            hits += 1
    by_int = {}
    for i in range(len(words)):
        by_int[i & 511] = i
    return counts, groups, hits, by_int


words = make_text(600)
total = 0
for r in range(3000):
    counts, groups, hits, by_int = count(words)
    total += hits + len(by_int)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
sizes = sorted((k, len(v)) for k, v in groups.items())
print("dict:", len(counts), total, top)
print("groups:", sizes[:4])
