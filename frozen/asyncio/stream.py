# SPDX-License-Identifier: MIT
# Stream: reads and writes a stream (machine.UART, sys.stdin ...) without blocking
# other tasks: each operation waits until select.poll says the stream is ready.

from .core import _IOWait


def _empty_like(x):
    return "" if isinstance(x, str) else b""


class Stream:
    def __init__(self, s, e={}):
        self.s = s
        self.e = e
        self.out_buf = b""

    def get_extra_info(self, v):
        return self.e[v]

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.wait_closed()

    def close(self):
        pass

    async def wait_closed(self):
        self.s.close()

    async def read(self, n=-1):
        r = None
        while True:
            await _IOWait(self.s, False)
            r2 = self.s.read(n)
            if r2 is None:
                continue
            if n >= 0:
                return r2
            if not len(r2):
                return r if r is not None else r2
            r = r2 if r is None else r + r2

    async def readinto(self, buf):
        await _IOWait(self.s, False)
        return self.s.readinto(buf)

    async def readexactly(self, n):
        r = None
        while n:
            await _IOWait(self.s, False)
            r2 = self.s.read(n)
            if r2 is None:
                continue
            if not len(r2):
                raise EOFError
            r = r2 if r is None else r + r2
            n -= len(r2)
        return r if r is not None else b""

    async def readline(self):
        line = None
        while True:
            await _IOWait(self.s, False)
            l2 = self.s.readline()
            if l2 is None:
                continue
            line = l2 if line is None else line + l2
            if not l2 or l2[-1:] in (b"\n", "\n"):
                return line

    def write(self, buf):
        if not self.out_buf:
            self.out_buf = buf
        else:
            self.out_buf += buf

    async def drain(self):
        buf = self.out_buf
        off = 0
        while off < len(buf):
            await _IOWait(self.s, True)
            n = self.s.write(buf[off:] if off else buf)
            if n is not None:
                off += n
        self.out_buf = b""


StreamReader = Stream
StreamWriter = Stream
