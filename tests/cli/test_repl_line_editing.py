# SPDX-License-Identifier: MIT
# GNU readline editing at the REPL: cursor movement, insertion, deletion, and Ctrl-A /
# Ctrl-E as line keys when the line is not empty.
from clitest import check, done
from ptyrepl import Session

s = Session()
try:
    s.read_until(">>> ")
    # Typo fixed by moving left and inserting.
    s.send("pint(7)" + "\x1b[D" * 6 + "r\r")
    out = s.read_until(">>> ")
    check(b"\r\n7\r\n" in out, "left arrow then insert", repr(out))
    # Backspace deletes.
    s.send("print(88x\x7f)\r")
    out = s.read_until(">>> ")
    check(b"\r\n88\r\n" in out, "backspace", repr(out))
    # Ctrl-A goes to the start of a non-empty line, Ctrl-E to its end.
    s.send("(5)\x01print\x05 \r")
    out = s.read_until(">>> ")
    check(b"\r\n5\r\n" in out, "Ctrl-A / Ctrl-E move on a non-empty line", repr(out))
    s.send("\x04")
    s.wait()
finally:
    s.kill()
done()
