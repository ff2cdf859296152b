# SPDX-License-Identifier: MIT
# --pty serves the REPL on a pseudo-terminal whose path is printed; a board tool opens
# it like a serial port and uses the raw REPL, including soft reset, as on a board.
import os
import re
import select
import subprocess
import termios
import time
import tty

from clitest import MICROPYTHON, check, done

proc = subprocess.Popen([MICROPYTHON, "--pty"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                        stderr=subprocess.STDOUT)
fd = None
try:
    line = proc.stdout.readline().decode()
    m = re.search(r"(/dev/\S+)", line)
    check(m is not None, "device path printed", line)
    fd = os.open(m.group(1), os.O_RDWR | os.O_NOCTTY)
    tty.setraw(fd)
    seen = b""

    def read_until(marker, timeout=10):
        global seen
        end = time.time() + timeout
        while marker not in seen:
            r, _, _ = select.select([fd], [], [], max(0, end - time.time()))
            if not r:
                raise TimeoutError("waited for %r, saw %r" % (marker, seen[-300:]))
            seen += os.read(fd, 1024)
        i = seen.index(marker) + len(marker)
        out, seen = seen[:i], seen[i:]
        return out

    # What a board tool does to take over: interrupt, enter raw REPL, soft reset.
    os.write(fd, b"\r\x03\x03")
    time.sleep(0.2)
    os.write(fd, b"\r\x01")
    read_until(b"raw REPL; CTRL-B to exit\r\n>")
    os.write(fd, b"\x04")
    read_until(b"soft reboot\r\n")
    read_until(b"raw REPL; CTRL-B to exit\r\n>")
    os.write(fd, b"import gc\nprint('free', gc.mem_free() > 0)\x04")
    out = read_until(b"\x04>")
    check(out == b"OKfree True\r\n\x04\x04>", "raw exec over the pty", repr(out))
    os.write(fd, b"\x02")
    out = read_until(b">>> ")
    check(b"MicroPython" in out, "friendly REPL over the pty", repr(out))
    os.write(fd, b"6 * 7\r")
    out = read_until(b">>> ")
    check(b"42" in out, "friendly exchange over the pty", repr(out))
    # Ctrl-C over the wire interrupts running code.
    os.write(fd, b"\x01")
    read_until(b">")
    os.write(fd, b"while True:\n  pass\n\x04")
    read_until(b"OK")
    time.sleep(0.3)
    os.write(fd, b"\x03")
    out = read_until(b"\x04>")
    check(b"KeyboardInterrupt" in out, "Ctrl-C byte interrupts running code", repr(out))
finally:
    if fd is not None:
        os.close(fd)
    proc.kill()
    proc.wait()
done()
