# SPDX-License-Identifier: MIT
# GNU readline: history kept across runs in ~/.micropython.history, tab completion of
# names, module members and attributes.
import os
import tempfile

from clitest import check, done
from ptyrepl import Session

home = tempfile.mkdtemp()
s = Session(env={"HOME": home})
try:
    s.read_until(">>> ")
    s.send("magic_value = 41\r")
    s.read_until(">>> ")
    s.send("\x04")
    s.wait()
finally:
    s.kill()
hist = os.path.join(home, ".micropython.history")
check(os.path.exists(hist) and "magic_value = 41" in open(hist).read(), "history file written")

s = Session(env={"HOME": home})
try:
    s.read_until(">>> ")
    s.send("\x1b[A\r")  # up arrow: the line from the last run
    s.read_until(">>> ")
    s.send("magic_value + 1\r")
    check(b"42" in s.read_until(">>> "), "history recalled across runs")
    s.send("import micropython\r")
    s.read_until(">>> ")
    s.send("micropython.mem_inf\t")
    s.send("o()\r" if False else "\r")
    out = s.read_until(">>> ")
    check(b"micropython.mem_info" in out, "module member completed", repr(out))
    s.send("magic_va\t + 1\r")
    out = s.read_until(">>> ")
    check(b"42" in out, "global name completed", repr(out))
    s.send("'abc'.upp\t()\r")
    out = s.read_until(">>> ")
    check(b"'ABC'" in out, "attribute of an object completed", repr(out))
    s.send("\x04")
    s.wait()
finally:
    s.kill()
done()
