# heap cost of dicts and sets of n entries equals a 32-bit MicroPython's
import gc

def main():
    for n in (0, 1, 2, 3, 5, 7, 9, 12, 13, 17, 18, 23, 24, 40, 100):
        gc.collect()
        a = gc.mem_alloc()
        d = {}
        i = 0
        while i < n:
            d[i] = i
            i += 1
        b = gc.mem_alloc()
        print('dict', n, b - a)
    for n in (0, 1, 3, 5, 9, 13, 18, 40):
        gc.collect()
        a = gc.mem_alloc()
        s = set()
        i = 0
        while i < n:
            s.add(i)
            i += 1
        b = gc.mem_alloc()
        print('set', n, b - a)
    k = 5
    gc.collect()
    a = gc.mem_alloc()
    d = {'a': k, 'b': 2, 'c': 3}
    b = gc.mem_alloc()
    print('dict literal of 3:', b - a)

main()
