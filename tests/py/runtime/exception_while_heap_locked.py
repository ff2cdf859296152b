# With the heap locked, raising still gives the exception asked for (not MemoryError);
# args that cannot be allocated are dropped.
import micropython

def main():
    micropython.heap_lock()
    try:
        undefined_name_here
    except NameError as e:
        err1 = e
    micropython.heap_unlock()
    print(type(err1).__name__, err1)

    micropython.heap_lock()
    try:
        raise 0
    except TypeError as e:
        err2 = e
    micropython.heap_unlock()
    print(type(err2).__name__, err2)

    micropython.heap_lock()
    try:
        [1, 2]
    except MemoryError as e:
        err3 = e
    micropython.heap_unlock()
    print(type(err3).__name__, err3)

    micropython.heap_lock()
    e = Exception(1, 2, 3)
    micropython.heap_unlock()
    print(repr(e))

main()
