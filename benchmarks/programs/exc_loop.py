# Measures: exception raising and handling in loops (raise/except/finally, custom classes).


class AppError(Exception):
    pass


class SubError(AppError):
    def __init__(self, code):
        self.code = code


def check(i):
    if i % 3 == 0:
        raise SubError(i % 7)
    if i % 5 == 0:
        raise KeyError(i)
    return i


def deep(n):
    if n == 0:
        raise AppError("bottom")
    return deep(n - 1)


def run(n):
    ok = 0
    codes = 0
    keys = 0
    finals = 0
    for i in range(n):
        try:
            try:
                ok += check(i) & 1
            finally:
                finals += 1
        except SubError as e:
            codes += e.code
        except KeyError:
            keys += 1
    deep_hits = 0
    for i in range(n // 20):
        try:
            deep(8)
        except AppError:
            deep_hits += 1
    return ok, codes, keys, finals, deep_hits


print("exc:", run(1300000))
