# raise X, raise X(), raise X from Y, bare raise
for exc in [ValueError, ValueError("inst")]:
    try:
        raise exc
    except ValueError as e:
        print(type(e).__name__, e.args)
try:
    try:
        raise KeyError(1)
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print("from", e)
def reraise():
    try:
        raise IndexError(5)
    except IndexError:
        try:
            raise KeyError(6)
        except KeyError:
            pass
        raise
try:
    reraise()
except IndexError as e:
    print("outer exception restored", e)
try:
    raise TypeError
except Exception as e:
    print(isinstance(e, TypeError), e.args)
class MyErr(Exception):
    pass
try:
    raise MyErr("mine")
except Exception as e:
    print(type(e).__name__, e)
