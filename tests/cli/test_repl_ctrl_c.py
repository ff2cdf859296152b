# SPDX-License-Identifier: MIT
# Ctrl-C raises KeyboardInterrupt in running code (a loop, time.sleep) and the REPL
# survives; at the prompt it drops the line.
import time

from clitest import check, done
from ptyrepl import Session

s = Session()
try:
    s.read_until(">>> ")
    s.send("while True:\r")
    s.read_until("... ")
    s.send("pass\r")
    s.read_until("... ")
    s.send("\r")
    time.sleep(0.5)
    s.send("\x03")
    out = s.read_until(">>> ")
    check(b"KeyboardInterrupt" in out, "loop interrupted", repr(out))
    s.send("1 + 1\r")
    check(b"2" in s.read_until(">>> "), "REPL alive after interrupt")
    s.send("abc def")
    s.send("\x03")
    s.read_until(">>> ")
    s.send("3 * 3\r")
    out = s.read_until(">>> ")
    check(b"9" in out and b"SyntaxError" not in out, "Ctrl-C at the prompt drops the line", repr(out))
    s.send("\x04")
    s.wait()
finally:
    s.kill()
done()
