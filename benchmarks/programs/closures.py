# Measures: closures (creating inner functions, nonlocal updates, calling closures, lambdas).


def make_counter(step):
    count = 0

    def inc():
        nonlocal count
        count += step
        return count

    return inc


def compose(f, g):
    return lambda x: f(g(x))


def run(n):
    counters = [make_counter(s) for s in range(1, 6)]
    total = 0
    for i in range(n):
        total = (total + counters[i % 5]()) & 0xFFFFFF
    add1 = lambda x: x + 1
    dbl = lambda x: (x * 2) & 0xFFFF
    f = compose(add1, compose(dbl, add1))
    acc = 0
    for i in range(n):
        acc = f(acc)
    made = 0
    for i in range(n // 4):
        g = make_counter(i & 3)
        made += g() + g()
    return total, acc, made


print("closures:", run(1500000))
