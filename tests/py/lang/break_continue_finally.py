# break and continue run enclosing finally blocks and with exits
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit", a)
for i in range(3):
    try:
        if i == 0:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
for i in range(2):
    with CM():
        try:
            if i == 1:
                break
        finally:
            print("inner finally", i)
print("done")
def f():
    for i in range(3):
        try:
            try:
                return i
            finally:
                print("f inner")
        finally:
            print("f outer")
print(f())
