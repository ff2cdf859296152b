# heap cost of lists on a 32-bit target: header block + items, growth as MicroPython
import gc

def main():
    src = [0] * 100
    gc.collect()
    a = gc.mem_alloc()
    x = src * 1
    b = gc.mem_alloc()
    print('list of 100 small ints:', b - a)
    a = gc.mem_alloc()
    y = []
    b = gc.mem_alloc()
    print('empty list at most 32:', b - a <= 32)
    a = gc.mem_alloc()
    y = src[:]
    b = gc.mem_alloc()
    print('copy by slice at most 432:', b - a <= 432)
    for n in (1, 4, 5, 8, 9, 16, 17, 32, 33, 100):
        gc.collect()
        a = gc.mem_alloc()
        z = []
        i = 0
        while i < n:
            z.append(i)
            i += 1
        b = gc.mem_alloc()
        print('append', n, b - a)
    gc.collect()
    a = gc.mem_alloc()
    t = (1, 2, n)
    b = gc.mem_alloc()
    print('3-tuple:', b - a)

main()
