# SPDX-License-Identifier: MIT
# Paste mode: Ctrl-E, the seed's Report example pasted as is, Ctrl-D runs it; Ctrl-C
# cancels a paste.
import os

from clitest import check, done
from ptyrepl import Session

here = os.path.dirname(os.path.abspath(__file__))
report = open(os.path.join(here, "..", "..", "examples", "report.py")).read()

s = Session()
try:
    s.read_until(">>> ")
    s.send("\x05")
    check(b"paste mode; Ctrl-C to cancel, Ctrl-D to finish" in s.read_until("=== "), "paste mode banner")
    # Line by line, as a terminal delivers a paste.
    for line in report.splitlines():
        s.send(line + "\r")
        s.read_until("=== ", timeout=30)
    s.send("\x04")
    out = s.read_until(">>> ", timeout=30).decode("utf-8", "replace")
    for text in ("Initial free:", "Func definition:", "Func run free:", "Garbage collect free:",
                 "GC memory layout; from"):
        check(text in out, "report prints " + text, out[-2000:])
    # The pasted def must not have been auto-indented: the output lines are there.
    check("IndentationError" not in out and "SyntaxError" not in out, "pasted code compiled", out)
    s.send("\x05")
    s.read_until("=== ")
    s.send("print('should not run')\r")
    s.send("\x03")
    out = s.read_until(">>> ")
    s.send("print('still here')\r")
    out += s.read_until(">>> ")
    check(b"should not run\r\n" not in out.replace(b"print('should not run')", b""), "Ctrl-C cancels paste", repr(out))
    check(b"still here" in out, "REPL goes on after a cancelled paste")
    s.send("\x04")
    s.wait()
finally:
    s.kill()
done()
