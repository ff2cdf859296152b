# Malformed format strings raise ValueError/IndexError/KeyError.
def attempt(f, *args, **kw):
    try:
        print(repr(f.format(*args, **kw)))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__)
attempt("{")
attempt("}")
attempt("{} {}", 1)
attempt("{0}{}", 1, 2)
attempt("{}{0}", 1, 2)
attempt("{a}")
attempt("{:d}", "a")
attempt("{:s}", 1)
attempt("{!x}", 1)
attempt("{:y}", 1)
attempt("{:=5}", "a")
