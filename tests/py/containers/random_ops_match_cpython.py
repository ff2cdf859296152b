# random slicing, insertion, sorting, dict/set churn and set algebra, compared with CPython
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return (seed >> 8) % n
def show(x):
    if isinstance(x, dict):
        return 'D' + repr(sorted(x.items()))
    if isinstance(x, (set, frozenset)):
        return 'S' + repr(sorted(x))
    return repr(x)
for trial in range(120):
    l = [rnd(20) - 5 for _ in range(rnd(15))]
    a, b, c = rnd(30) - 15, rnd(30) - 15, rnd(7) - 3
    if c == 0:
        c = None
    m = l[:]
    try:
        r = l[a:b:c]
    except Exception as e:
        r = type(e).__name__
    print(('get', l, a, b, c, r))
    try:
        m[a:b:c] = [100 + i for i in range(len(m[a:b:c]) if c not in (None, 1) else rnd(4))]
    except Exception as e:
        m = type(e).__name__
    print(('set', m))
    m = l[:]
    try:
        del m[a:b:c]
    except Exception as e:
        m = type(e).__name__
    print(('del', m))
    m = l[:]
    m.insert(a, 'i')
    print(('ins', m))
    n = sorted(l, key=lambda x: x % 3, reverse=bool(rnd(2)))
    print(('sort', n))
    d = {}
    s = set()
    for _ in range(rnd(60)):
        k = rnd(40)
        op = rnd(5)
        if op < 3:
            d[k] = rnd(100)
            s.add(k)
        elif op == 3:
            d.pop(k, None)
            s.discard(k)
        else:
            print(('has', k in d, k in s, d.get(k)))
    print(('dict', show(d), len(d), show(s), len(s)))
    t = set(rnd(40) for _ in range(rnd(20)))
    print(('ops', show(s | t), show(s & t), show(s - t), show(s ^ t), s <= t, s >= t, s == t))
    print(('range', list(range(a, b, c or 1))[::2], len(range(a, b, c or 1)), a in range(b, a, c or 1)))
