# Measures: list operations (sort, comprehension, append/pop, indexing, reverse).


def lcg_list(n, seed):
    out = []
    x = seed
    for i in range(n):
        x = (x * 75 + 74) % 65537
        out.append(x)
    return out


def work(n):
    data = lcg_list(n, 7)
    a = sorted(data)
    b = sorted(data, key=lambda v: (v % 97, v))
    c = [v * 2 for v in data if v & 1]
    d = [[v, i] for i, v in enumerate(data[:500])]
    d.sort(reverse=True)
    stack = []
    popped = 0
    for v in data:
        stack.append(v)
        if v % 3 == 0:
            popped += stack.pop()
    rev = data[:]
    rev.reverse()
    return a[n // 2] + b[n // 3] + len(c) + d[0][1] + popped % 100000 + rev[5] + len(stack)


acc = 0
for r in range(300):
    acc += work(2000 + r)
print("list:", acc)
