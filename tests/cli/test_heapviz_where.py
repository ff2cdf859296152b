# SPDX-License-Identifier: MIT
# -X heapviz=none,where,record=FILE records where each allocation came from: the
# script's file name appears in the recording's allocation sites.
import os
import tempfile

from clitest import check, done, run

tmp = tempfile.mkdtemp()
script = os.path.join(tmp, "alloc_here.py")
with open(script, "w") as f:
    f.write("keep = []\nfor i in range(50):\n    keep.append([i] * 10)\n")
rec = os.path.join(tmp, "run.hvr")
code, out, err = run("-X", "heapviz=none,where,record=" + rec, script)
check(code == 0, "run with heapviz recording", err)
data = open(rec, "rb").read() if os.path.exists(rec) else b""
check(b"alloc_here.py" in data, "allocation sites name the script", repr(data[:200]))
code, out, err = run("-X", "heapviz=bogus", "-c", "pass")
check(code == 2 and "heapviz" in err, "bad -X heapviz value: status 2 and a message", err)
done()
