# order of try, except, else and finally
def f(exc):
    try:
        print("try")
        if exc:
            raise exc
    except ValueError as e:
        print("except ValueError", e)
    except (KeyError, IndexError) as e:
        print("except tuple", type(e).__name__)
    else:
        print("else")
    finally:
        print("finally")
f(None)
f(ValueError("v"))
f(KeyError("k"))
try:
    f(TypeError("t"))
except TypeError as e:
    print("outer", e)
try:
    try:
        1 / 0
    except:
        print("bare except")
        raise
except ZeroDivisionError:
    print("reraised")
