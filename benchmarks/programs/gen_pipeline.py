# Measures: generators (yield, yield from, generator expressions, chained pipelines).


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens_squared(src):
    for v in src:
        if v & 1 == 0:
            yield (v * v) & 0xFFFF


def chunks(src, size):
    buf = []
    for v in src:
        buf.append(v)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def flatten(groups):
    for g in groups:
        yield from g


def pipeline(n):
    stage = evens_squared(numbers(n))
    stage = flatten(chunks(stage, 7))
    return sum(v % 1000 for v in stage)


total = 0
for r in range(50):
    total += pipeline(60000)
print("gen:", total)
print("genexp:", sum(x & 15 for x in range(3500000) if x % 3))
