# SPDX-License-Identifier: MIT
# The friendly REPL at a terminal: banner, prompts, echoed values, continuation lines
# with auto-indent, `_`, errors that do not end it, and Ctrl-D to leave.
from clitest import check, done
from ptyrepl import Session

s = Session()
try:
    banner = s.read_until(">>> ")
    check(b"MicroPython" in banner, "banner", repr(banner))
    s.send("1 + 2\r")
    check(b"3" in s.read_until(">>> "), "expression value echoed")
    s.send("x = 'abc'\r")
    s.read_until(">>> ")
    s.send("x\r")
    check(b"'abc'" in s.read_until(">>> "), "value echoed with repr")
    s.send("_ * 2\r")
    check(b"'abcabc'" in s.read_until(">>> "), "_ holds the last value")
    s.send("for i in range(3):\r")
    s.read_until("... ")
    # Auto-indent has put 4 spaces: type the body without indentation.
    s.send("print(i * 10)\r")
    s.read_until("... ")
    s.send("\r")
    out = s.read_until(">>> ")
    check(b"0\r\n10\r\n20" in out, "for loop with auto-indent ran", repr(out))
    s.send("1/0\r")
    out = s.read_until(">>> ")
    check(b"ZeroDivisionError" in out, "error reported, REPL goes on", repr(out))
    s.send("def f(a,\r")
    s.read_until("... ")
    s.send("b):\r")
    s.read_until("... ")
    s.send("return a + b\r")
    s.read_until("... ")
    s.send("\r")
    s.read_until(">>> ")
    s.send("f(2, 3)\r")
    check(b"5" in s.read_until(">>> "), "unfinished brackets continue the statement")
    s.send("\x04")
    check(s.wait() == 0, "Ctrl-D on an empty line exits with status 0")
finally:
    s.kill()
done()
