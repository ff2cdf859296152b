# SPDX-License-Identifier: MIT
# Lock: one task at a time, handed over in arrival order; `async with lock:` acquires
# and releases it.

from . import core


class Lock:
    # state: False (free), True (held), or the task it is being handed to (still not
    # locked() until that task runs, as in MicroPython).
    def __init__(self):
        self.state = False
        self.waiters = []

    def locked(self):
        return self.state is True

    def release(self):
        if self.state is not True:
            raise RuntimeError("Lock not acquired")
        # Hand the lock to the first task still waiting for it, so that a task that
        # releases and acquires again queues behind the others.
        while self.waiters:
            t = self.waiters.pop(0)
            if core.wake(t, self):
                self.state = t
                return
        self.state = False

    def acquire(self):
        # A generator: parks the task while another holds the lock.
        if self.state is not False:
            me = core.cur_task
            self.waiters.append(me)
            try:
                yield self
            except BaseException:
                if self.state is me:
                    self.state = True
                    self.release()  # handed the lock, then cancelled: pass it on
                elif me in self.waiters:
                    self.waiters.remove(me)  # cancelled while still waiting
                raise
        self.state = True
        return True

    async def __aenter__(self):
        return await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()
