# Measures: integer arithmetic and list indexing (prime sieve, Collatz chains; values stay small ints).


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            j = i * i
            while j <= limit:
                flags[j] = False
                j += i
        i += 1
    count = 0
    last = 0
    for k in range(limit + 1):
        if flags[k]:
            count += 1
            last = k
    return count, last


def collatz_longest(limit):
    best = 0
    best_n = 0
    for n in range(1, limit):
        steps = 0
        x = n
        while x != 1:
            if x & 1:
                x = 3 * x + 1
            else:
                x >>= 1
            steps += 1
        if steps > best:
            best = steps
            best_n = n
    return best_n, best


total = 0
for r in range(120):
    c, last = sieve(12000)
    total += c
print("primes:", total, last)
print("collatz:", collatz_longest(75000))
