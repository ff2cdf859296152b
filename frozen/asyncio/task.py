# SPDX-License-Identifier: MIT
# Task: a coroutine the scheduler runs, and the exceptions that stop one.


class CancelledError(BaseException):
    pass


class TimeoutError(Exception):
    pass


# Where a task is: running (or finished), queued to run, sleeping until a deadline, or
# parked waiting for something (an Event, a Lock, another task) to wake it.
RUNNING = 0
READY = 1
SLEEPING = 2
PARKED = 3


class Task:
    def __init__(self, coro):
        self.coro = coro
        self.where = RUNNING
        self.waiting_on = None  # what a parked task waits for
        self.send_value = None
        self.throw_exc = None  # delivered at the next step (cancel, wake-up errors)
        self.done_ = False
        self.result = None
        self.exc = None  # the exception the coroutine ended with
        self.waiters = []  # tasks awaiting this one
        self.retrieved = False
        self.started = False

    def __repr__(self):
        return "<Task>"

    def done(self):
        return self.done_

    def cancel(self):
        from . import core

        if self.done_:
            return False
        if self.where == PARKED and isinstance(self.waiting_on, Task):
            # Waiting on another task: cancel that one; this one sees the outcome
            # (CancelledError, or a result if the other ignores the request).
            return self.waiting_on.cancel()
        if self.where == PARKED and type(self.waiting_on) is list:
            # In gather: its tasks are cancelled at once, before any of them runs again.
            for t in self.waiting_on:
                t.cancel()
        self.throw_exc = CancelledError()
        if self is not core.cur_task:
            core.unpark(self)
        return True

    def __await__(self):
        if not self.done_:
            self.waiters.append(core_cur())
            yield self
        self.retrieved = True
        if self.exc is not None:
            raise self.exc
        return self.result

    __iter__ = __await__


def core_cur():
    from . import core

    return core.cur_task
