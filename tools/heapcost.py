# SPDX-License-Identifier: MIT
# Prints what common constructs cost in heap bytes (gc.mem_alloc() difference) next to
# what a 32-bit MicroPython board spends on them. The table is the one the test
# tests/py/gc/heap_costs_never_above_32bit_board.py checks; run from the repository root:
#     build/ports/unix/micropython tools/heapcost.py
SHOW_FIGURES = True
print("%-26s %5s %5s" % ("construct", "mpsim", "board"))
with open("tests/py/gc/heap_costs_never_above_32bit_board.py") as f:
    exec(f.read())
