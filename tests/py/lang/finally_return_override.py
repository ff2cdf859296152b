# return, break and continue inside finally and except
def f():
    try:
        return 1
    finally:
        return 2
print(f())
def g():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(g())
def h():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError:
            if i == 1:
                break
            continue
    return i
print(h())
def k():
    for i in range(3):
        try:
            1 / 0
        finally:
            if i < 2:
                continue
            break
    return i
print(k())
def r():
    try:
        return "try"
    finally:
        print("cleanup")
print(r())
def nested():
    try:
        try:
            return "inner"
        finally:
            print("f1")
    finally:
        print("f2")
print(nested())
def in_except():
    try:
        raise ValueError
    except ValueError:
        return "from except"
    finally:
        print("fin")
print(in_except())
