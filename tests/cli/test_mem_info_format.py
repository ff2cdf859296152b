# SPDX-License-Identifier: MIT
# micropython.mem_info() and mem_info(1) print MicroPython's summary and block map.
import re

from clitest import check, done, run

code, out, err = run("-X", "heapsize=64k", "-c",
                     "import gc; gc.collect(); import micropython; micropython.mem_info(1)")
check(code == 0, "exit status 0", err)
lines = out.splitlines()
check(re.fullmatch(r"mem: total=\d+, current=\d+, peak=\d+", lines[0]) is not None, "mem line", out)
check(re.fullmatch(r"stack: \d+ out of \d+", lines[1]) is not None, "stack line", out)
m = re.fullmatch(r"GC: total: (\d+), used: (\d+), free: (\d+)", lines[2])
check(m is not None, "GC line", out)
if m:
    total, used, free = map(int, m.groups())
    check(total == used + free, "total = used + free", lines[2])
    check(63500 <= total <= 65536, "-X heapsize=64k gives about 64,000 usable bytes", lines[2])
check(re.fullmatch(r" No\. of 1-blocks: \d+, 2-blocks: \d+, max blk sz: \d+, max free sz: \d+",
                   lines[3]) is not None, "blocks line", out)
check(re.fullmatch(r"GC memory layout; from [0-9a-f]+:", lines[4]) is not None, "layout header", out)
rows = lines[5:]
offset = 0
for row in rows:
    a = re.fullmatch(r"       \((\d+) lines all free\)", row)
    if a:
        offset += int(a.group(1)) * 0x400
        continue
    r = re.fullmatch(r"([0-9a-f]{8}): ([.hm=TLDSAFBMCIE]{1,64})", row)
    check(r is not None, "row format", row)
    if not r:
        break
    check(int(r.group(1), 16) == offset, "row address is 0x400 per row", row)
    offset += 0x400
    if len(r.group(2)) < 64:
        break
check(offset >= 63000, "rows cover the heap", out)
check("M" in out or "D" in out, "kind letters appear in the map", out)
done()
