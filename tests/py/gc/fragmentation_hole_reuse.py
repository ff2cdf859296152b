# The seed's fragmentation scenario: foo, then bar; drop foo. foo's hole serves
# mpsim: heap-exact
# objects no larger than foo, a larger request takes new space above bar.
# Tuples made by repetition are one allocation each, so id() shows where they went.
import gc

one = (0,)
foo = bar = big = small = None
foo_addr = bar_addr = 0
gc.collect()
foo = one * 50  # 4 + 4 + 200 bytes: 13 blocks
bar = one * 50
foo_addr = id(foo)
bar_addr = id(bar)
print("bar above foo:", bar_addr > foo_addr)
foo = None
gc.collect()
big = one * 80  # 21 blocks: does not fit in foo's hole
print("larger object placed above bar:", id(big) > bar_addr)
small = one * 40  # 11 blocks: fits
print("smaller object reuses foo's hole:", foo_addr <= id(small) < bar_addr)
