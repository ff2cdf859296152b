# SPDX-License-Identifier: MIT
# The raw REPL and raw-paste mode, byte for byte as MicroPython documents them; soft
# reset stays in the process and clears the interpreter state.
from clitest import check, done
from ptyrepl import Session

s = Session()
try:
    s.read_until(">>> ")
    s.send("\x01")
    check(s.read_until("raw REPL; CTRL-B to exit\r\n>").endswith(b"raw REPL; CTRL-B to exit\r\n>"), "enter raw REPL")
    s.send("a = 6\nprint(a * 7)\x04")
    out = s.read_until(b"\x04>")
    check(out == b"OK42\r\n\x04\x04>", "raw exec: OK, output, \\x04, no error, \\x04, prompt", repr(out))
    s.send("raise ValueError('bad')\x04")
    out = s.read_until(b"\x04>")
    check(out.startswith(b"OK\x04Traceback") and b"ValueError: bad" in out, "raw exec error after first \\x04", repr(out))
    # raw-paste
    s.send("\x05A\x01")
    hdr = s.read_until(b"\x01", timeout=5)
    hdr += s.read_until(b"\x01")  # the window bytes may contain no \x01; read the grant
    check(hdr[:2] == b"R\x01", "raw-paste supported", repr(hdr))
    window = hdr[2] | (hdr[3] << 8)
    check(window > 0, "window size increment", repr(hdr))
    code = ("x = 0\n" + "x += 1\n" * 100 + "print('sum', x)\n").encode()
    sent = 0
    credit = window
    while sent < len(code):
        n = min(credit, len(code) - sent)
        s.send(code[sent:sent + n])
        sent += n
        credit -= n
        if credit == 0 and sent < len(code):
            s.read_until(b"\x01")
            credit += window
    s.send(b"\x04")
    out = s.read_until(b"\x04>")
    check(b"sum 100" in out and out.startswith(b"\x01") or b"sum 100" in out, "raw-paste ran the code", repr(out))
    # soft reset: clears `a`, stays in raw mode, same process
    pid = s.proc.pid
    s.send("\x04")
    out = s.read_until("raw REPL; CTRL-B to exit\r\n>")
    check(b"soft reboot\r\n" in out, "soft reboot message", repr(out))
    s.send("print('a' in globals())\x04")
    out = s.read_until(b"\x04>")
    check(out == b"OKFalse\r\n\x04\x04>", "state cleared by soft reset", repr(out))
    check(s.proc.poll() is None and s.proc.pid == pid, "same process after soft reset")
    s.send("\x02")
    check(b"MicroPython" in s.read_until(">>> "), "Ctrl-B back to the friendly REPL")
    s.send("\x04")
    s.wait()
finally:
    s.kill()
done()
