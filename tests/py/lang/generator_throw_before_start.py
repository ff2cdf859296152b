# throw() into a generator that has not started raises at once: the body, and so its
# try/except, never runs; the generator is then finished.
def g():
    try:
        yield 1
    except ValueError:
        yield 5


gen = g()
try:
    gen.throw(ValueError)
except ValueError:
    print("raised")
print(list(gen))
