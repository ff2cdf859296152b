# SPDX-License-Identifier: MIT
# An uncaught exception prints a traceback to stderr and exits 1; a missing file gives 2.
from clitest import check, done, run

code, out, err = run("-c", "print('a')\nraise ValueError('boom')")
check(code == 1, "uncaught exception exits 1", err)
check(out == "a\n", "output before the exception", out)
check(err.startswith("Traceback (most recent call last):\n"), "traceback header", err)
check(err.rstrip().endswith("ValueError: boom"), "exception line", err)
code, out, err = run("no_such_file_here.py")
check(code == 2 and "can't open file" in err, "missing file", err)
code, out, err = run("-c", "import sys; sys.exit(3)")
check(code == 3, "sys.exit(3)", err)
done()
