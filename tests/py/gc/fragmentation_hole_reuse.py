# The seed's fragmentation scenario: foo, then bar; drop foo. foo's hole serves
# objects no larger than foo, a larger request takes new space above bar.
# Tuples are one allocation each (header and items), so id() shows where they went.
import gc

bar = None
small = None
big = None
r40 = range(40)
r50 = range(50)
r80 = range(80)


def make_foo_and_bar():
    # foo lives only in this frame; bar is kept in a global.
    global bar
    foo = tuple(r50)
    bar = tuple(r50)
    return id(foo)


def scrub(n):
    # Overwrites stale stack slots that could still point at foo.
    return scrub(n - 1) + 1 if n else 0


gc.collect()
foo_addr = make_foo_and_bar()
bar_addr = id(bar)
scrub(20)
print("bar above foo:", bar_addr > foo_addr)
gc.collect()
big = tuple(r80)
print("larger object placed above bar:", id(big) > bar_addr)
small = tuple(r40)
print("smaller object reuses foo's hole:", foo_addr <= id(small) < bar_addr)
