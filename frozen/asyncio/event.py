# SPDX-License-Identifier: MIT
# Event: tasks wait until another task sets it.

from . import core


class Event:
    def __init__(self):
        self.state = False
        self.waiters = []

    def is_set(self):
        return self.state

    def set(self):
        self.state = True
        for t in self.waiters:
            core.wake(t, self)
        self.waiters = []

    def clear(self):
        self.state = False

    def wait(self):
        # A generator: awaiting it parks the task until set() (at once if set).
        if not self.state:
            self.waiters.append(core.cur_task)
            yield self
        return True
