# The seed on strings: "a" + "b" in a loop makes a new string (and garbage) each time;
# join() and format() build the result once; adjacent literals cost nothing at run time.
import gc


def concat(n):
    s = ""
    for i in range(n):
        s = s + "x"
    return s


def join(n):
    return "".join(["x" for i in range(n)])


def literal():
    return "Temperature " "and pressure"


for name, fn in (("concatenation", concat), ("join", join)):
    gc.collect()
    gc.disable()
    before = gc.mem_alloc()
    fn(200)
    print("{:14} allocated {:6} bytes for a 200-character string".format(name, gc.mem_alloc() - before))
    gc.enable()
gc.collect()
before = gc.mem_alloc()
literal()
print("{:14} allocated {:6} bytes".format("literals", gc.mem_alloc() - before))
print("Temperature {:5.2f} Pressure {:06d}".format(21.5, 1013))
