# SPDX-License-Identifier: MIT
# Lock: one task at a time; `async with lock:` acquires and releases it.

from . import core


class Lock:
    def __init__(self):
        self.state = False
        self.waiters = []

    def locked(self):
        return self.state

    def release(self):
        if not self.state:
            raise RuntimeError("Lock not acquired")
        self.state = False
        self._wake_next()

    def _wake_next(self):
        while self.waiters:
            if core.wake(self.waiters.pop(0), self):
                return

    def acquire(self):
        # A generator: parks the task while another holds the lock.
        while self.state:
            me = core.cur_task
            self.waiters.append(me)
            try:
                yield self
            except BaseException:
                # Cancelled while waiting: leave the queue, and pass on a wake-up
                # that may have been meant for us.
                if me in self.waiters:
                    self.waiters.remove(me)
                if not self.state:
                    self._wake_next()
                raise
        self.state = True
        return True

    async def __aenter__(self):
        return await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()
