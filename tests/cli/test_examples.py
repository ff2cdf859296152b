# SPDX-License-Identifier: MIT
# The examples show the seed's lessons: each runs and shows its effect.
import os
import re

from clitest import check, done, run

ex = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "examples")

code, out, err = run(os.path.join(ex, "fragmentation.py"))
check(code == 0 and "MemoryError: the free memory is split" in out, "fragmentation example", out + err)

code, out, err = run(os.path.join(ex, "buffers_readinto.py"))
m = re.findall(r"allocated\s+(\d+) bytes", out)
check(code == 0 and len(m) == 2 and int(m[1]) * 10 < int(m[0]), "readinto allocates far less than read", out + err)

code, out, err = run(os.path.join(ex, "string_building.py"))
m = re.findall(r"allocated\s+(\d+) bytes", out)
check(code == 0 and len(m) == 3 and int(m[1]) < int(m[0]) and m[2] == "0", "join beats concatenation; literals are free", out + err)

code, out, err = run(os.path.join(ex, "gc_threshold.py"))
m = re.findall(r"(\d+) automatic collections", out)
check(code == 0 and len(m) == 2 and int(m[1]) > int(m[0]), "a threshold makes collections more frequent", out + err)
done()
