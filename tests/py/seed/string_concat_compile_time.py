# "foo" "bar" is joined by the compiler and allocates nothing when run;
# "foo" + "bar" builds a new string at run time.
import gc

def adjacent():
    return "foo" "bar"

def plus():
    # "foo" + "baz": a text the compiler has not interned, so it must be built
    return "foo" + "baz"

def triple():
    return """\
foo\
bar"""

x = y = z = None
a0 = a1 = a2 = a3 = 0
for f in (adjacent, plus, triple):
    f()  # warm up: nothing to do with the cost
gc.collect()
gc.disable()
a0 = gc.mem_alloc()
x = adjacent()
a1 = gc.mem_alloc()
y = plus()
a2 = gc.mem_alloc()
z = triple()
a3 = gc.mem_alloc()
gc.enable()
print(x == z, y)
print("adjacent allocates:", a1 - a0)
print("plus allocates something:", a2 - a1 > 0)
print("triple allocates:", a3 - a2)
