# SPDX-License-Identifier: MIT
# -X heapsize=N[kKmM] sizes the heap; bad values give a usage error (status 2).
from clitest import check, done, run

prog = "import gc; gc.collect(); print(gc.mem_free() + gc.mem_alloc())"
# The tables take 3 bits per 16-byte block: about 97.7% of the arena is usable.
for opt, lo, hi in (("64k", 63500, 65536), ("64K", 63500, 65536), ("1m", 1020000, 1048576),
                    ("100000", 97000, 100000)):
    code, out, err = run("-X", "heapsize=" + opt, "-c", prog)
    check(code == 0 and lo <= int(out.strip() or 0) <= hi, "heapsize=" + opt, out + err)
code, out, err = run("-c", prog)
check(code == 0 and int(out.strip()) > 200000, "default heap is 256 KiB", out + err)
for bad in ("abc", "12q", "-5", ""):
    code, out, err = run("-X", "heapsize=" + bad, "-c", "pass")
    check(code == 2 and "heapsize" in err, "bad heapsize %r rejected" % bad, err)
code, out, err = run("-X", "emit=bytecode", "-c", "print(1)")
check(code == 0 and out == "1\n", "-X emit=bytecode accepted", out + err)
code, out, err = run("-X", "emit=native", "-c", "print(1)")
check(code == 2 and "native" in err, "-X emit=native gives a clear error", err)
done()
