# SPDX-License-Identifier: MIT
"""Drives the interpreter through a pseudo-terminal, as a person at a terminal (or a
board tool on a serial line) would: send keys, wait for text."""
import fcntl
import os
import pty
import select
import subprocess
import termios
import time

from clitest import MICROPYTHON


class Session:
    def __init__(self, *args, env=None):
        self.master, slave = pty.openpty()
        e = dict(os.environ, TERM="xterm")
        if env:
            e.update(env)
        self.proc = subprocess.Popen([MICROPYTHON] + list(args), stdin=slave, stdout=slave,
                                     stderr=slave, env=e, close_fds=True,
                                     preexec_fn=self._controlling_terminal)
        os.close(slave)
        self.seen = b""

    @staticmethod
    def _controlling_terminal():
        # As in a real terminal: the pty is the session's controlling terminal, so
        # Ctrl-C typed on it sends SIGINT.
        os.setsid()
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    def send(self, data):
        if isinstance(data, str):
            data = data.encode()
        os.write(self.master, data)

    def read_until(self, marker, timeout=10):
        """Reads until [marker] (bytes or str) appears after what was consumed; returns
        the text up to and including it. Raises TimeoutError with what was seen."""
        if isinstance(marker, str):
            marker = marker.encode()
        end = time.time() + timeout
        while marker not in self.seen:
            left = end - time.time()
            if left <= 0:
                raise TimeoutError("waited for %r, saw %r" % (marker, self.seen[-400:]))
            r, _, _ = select.select([self.master], [], [], left)
            if r:
                try:
                    chunk = os.read(self.master, 4096)
                except OSError:
                    chunk = b""
                if not chunk:
                    if marker not in self.seen:
                        raise TimeoutError("end of output waiting for %r, saw %r" % (marker, self.seen[-400:]))
                    break
                self.seen += chunk
        i = self.seen.index(marker) + len(marker)
        out, self.seen = self.seen[:i], self.seen[i:]
        return out

    def wait(self, timeout=10):
        try:
            return self.proc.wait(timeout)
        finally:
            os.close(self.master)

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
