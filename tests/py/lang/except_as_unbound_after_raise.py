# the except-as name is unbound even when the handler itself raises or returns
try:
    try:
        raise ValueError
    except ValueError as e:
        raise KeyError
except KeyError:
    pass
try:
    print(e)
except NameError:
    print("NameError after raise")
def f():
    try:
        raise ValueError
    except ValueError as err:
        return "returned"
    finally:
        try:
            err
        except NameError:
            print("NameError after return")
print(f())
for i in range(2):
    try:
        raise ValueError
    except ValueError as e2:
        break
try:
    e2
except NameError:
    print("NameError after break")
