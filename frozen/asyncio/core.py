# SPDX-License-Identifier: MIT
# The scheduler: a queue of ready tasks, a list of sleepers ordered by deadline, and
# the loop that steps coroutines. A coroutine talks to it by what it yields: None (run
# me again soon), an int (a ticks_ms deadline to sleep until), an _IOWait (park me
# until a stream is ready) or any other object (park me until someone wakes me for
# that object: an Event, a Lock, a Task, a list of tasks).

import sys
from time import ticks_ms, ticks_diff, ticks_add, sleep_ms as _block_ms

from .task import Task, CancelledError, TimeoutError, RUNNING, READY, SLEEPING, PARKED

__all__ = ["Task", "CancelledError", "TimeoutError", "run", "run_until_complete", "sleep", "sleep_ms",
           "create_task", "current_task", "get_event_loop", "new_event_loop", "Loop"]

cur_task = None
_ready = []
_sleeping = []  # [deadline, seq, task], soonest first
_seq = 0
_stop = False
_main = None  # the task run_until_complete waits for: it reports its own exception
_unretrieved = []  # tasks that ended with an exception nobody was waiting for


def _schedule(task, value=None):
    task.where = READY
    task.waiting_on = None
    task.send_value = value
    _ready.append(task)


def wake(task, obj, value=None):
    # Wakes [task] if it is still parked waiting for [obj]; returns whether it did.
    if task.where == PARKED and task.waiting_on is obj:
        _schedule(task, value)
        return True
    return False


def unpark(task):
    # Makes a sleeping or parked task ready now (to deliver a cancellation).
    if task.where == PARKED and isinstance(task.waiting_on, _IOWait):
        _io_forget(task)
    if task.where == SLEEPING:
        for i in range(len(_sleeping)):
            if _sleeping[i][2] is task:
                del _sleeping[i]
                break
    if task.where != READY:
        _schedule(task)


# --- waiting for streams -------------------------------------------------------------
# A task that awaits _IOWait(stream, write) parks until select.poll says the stream is
# readable (or writable). Streams are anything select.poll takes: machine.UART and other
# streams that answer MPS_STREAM_POLL, sys.stdin/stdout, file descriptors.

_poller = None
_io_tasks = {}  # stream -> [task waiting to read, task waiting to write]


class _IOWait:
    def __init__(self, s, write):
        self.s = s
        self.write = write

    def __await__(self):
        yield self

    __iter__ = __await__


def _io_update(s, entry):
    if entry[0] is None and entry[1] is None:
        del _io_tasks[s]
        _poller.unregister(s)
    else:
        _poller.register(s, (1 if entry[0] is not None else 0) | (4 if entry[1] is not None else 0))


def _io_park(task, w):
    global _poller
    if _poller is None:
        import select

        _poller = select.poll()
    entry = _io_tasks.get(w.s)
    if entry is None:
        entry = _io_tasks[w.s] = [None, None]
    entry[1 if w.write else 0] = task
    _io_update(w.s, entry)
    task.where = PARKED
    task.waiting_on = w


def _io_forget(task):
    w = task.waiting_on
    entry = _io_tasks.get(w.s)
    if entry is not None:
        i = 1 if w.write else 0
        if entry[i] is task:
            entry[i] = None
            _io_update(w.s, entry)


def _io_wait(timeout):
    # Wakes the tasks whose streams are ready, waiting up to [timeout] ms (-1: no limit).
    for s, ev in _poller.poll(timeout):
        entry = _io_tasks.get(s)
        if entry is None:
            continue
        for i, mask in ((0, 1 | 8 | 16), (1, 4 | 8 | 16)):
            t = entry[i]
            if t is not None and ev & mask:
                entry[i] = None
                wake(t, t.waiting_on)
        _io_update(s, entry)


def _sleep_until(task, deadline):
    global _seq
    _seq += 1
    entry = [deadline, _seq, task]
    i = len(_sleeping)
    while i > 0 and ticks_diff(_sleeping[i - 1][0], deadline) > 0:
        i -= 1
    _sleeping.insert(i, entry)
    task.where = SLEEPING


class _Sleep:
    # await sleep_ms(t): yields its deadline to the scheduler.
    def __init__(self, ms):
        self.ms = ms

    def __await__(self):
        yield ticks_add(ticks_ms(), self.ms if self.ms > 0 else 0)

    __iter__ = __await__


def sleep_ms(t):
    return _Sleep(int(t))


def sleep(t):
    return _Sleep(int(t * 1000))


def create_task(coro):
    if not hasattr(coro, "send"):
        raise TypeError("coroutine expected")
    t = Task(coro)
    _schedule(t)
    return t


def current_task():
    if cur_task is None:
        raise RuntimeError("no running event loop")
    return cur_task


def _finish(task, result, exc):
    task.done_ = True
    task.where = RUNNING
    task.result = result
    task.exc = exc
    for w in task.waiters:
        # A waiter parks on the task itself, or on a list of tasks (gather).
        on = w.waiting_on
        if on is task or (type(on) is list and task in on):
            wake(w, on)
    if exc is not None and not task.waiters and task is not _main and not isinstance(exc, CancelledError):
        # Reported after the next round unless someone awaits the task by then.
        _unretrieved.append(task)
    task.waiters = []


def _report_unretrieved():
    global _unretrieved
    tasks = _unretrieved
    _unretrieved = []
    for t in tasks:
        if not t.retrieved:
            Loop.call_exception_handler({"message": "Task exception wasn't retrieved", "future": t, "exception": t.exc})


def _step(task):
    global cur_task
    cur_task = task
    task.where = RUNNING
    try:
        exc = task.throw_exc
        if exc is not None and not task.started:
            # Cancelled before it ever ran: the coroutine's body never starts.
            task.throw_exc = None
            task.coro.close()
            raise exc
        task.started = True
        if exc is not None:
            task.throw_exc = None
            y = task.coro.throw(exc)
        else:
            v = task.send_value
            task.send_value = None
            y = task.coro.send(v)
    except StopIteration as e:
        _finish(task, e.value, None)
    except (KeyboardInterrupt, SystemExit):
        cur_task = None
        raise
    except BaseException as e:
        _finish(task, None, e)
    else:
        if task.throw_exc is not None:
            _schedule(task)  # cancelled itself: deliver at once
        elif y is None:
            _schedule(task)
        elif isinstance(y, int):
            _sleep_until(task, y)
        elif isinstance(y, _IOWait):
            _io_park(task, y)
        else:
            task.where = PARKED
            task.waiting_on = y
    cur_task = None


def _run_until(main):
    global _stop, _main
    _stop = False
    _main = main
    while not _stop and (main is None or not main.done_):
        now = ticks_ms()
        while _sleeping and ticks_diff(_sleeping[0][0], now) <= 0:
            t = _sleeping.pop(0)[2]
            _schedule(t)
        if _unretrieved:
            _report_unretrieved()
        if _ready:
            if _io_tasks:
                _io_wait(0)
            # Run every task that is ready now; tasks they make ready run next round.
            n = len(_ready)
            for _ in range(n):
                _step(_ready.pop(0))
                if main is not None and main.done_:
                    break
            continue
        timeout = max(0, ticks_diff(_sleeping[0][0], ticks_ms())) if _sleeping else -1
        if _io_tasks:
            _io_wait(timeout)
        elif timeout >= 0:
            _block_ms(timeout)
        elif main is None:
            break
        else:
            # Nothing can ever wake the main task: wait, as MicroPython does.
            _block_ms(100)


def run(coro):
    return Loop.run_until_complete(create_task(coro))


def run_until_complete(main_task=None):
    # MicroPython's module-level form: run until [main_task] ends (or forever).
    if main_task is None:
        return Loop.run_forever()
    return Loop.run_until_complete(main_task)


class Loop:
    _exc_handler = None

    @staticmethod
    def create_task(coro):
        return create_task(coro)

    @staticmethod
    def run_forever():
        _run_until(None)

    @staticmethod
    def run_until_complete(aw):
        t = aw if isinstance(aw, Task) else create_task(aw)
        _run_until(t)
        t.retrieved = True
        if t.exc is not None:
            raise t.exc
        return t.result

    @staticmethod
    def stop():
        global _stop
        _stop = True

    @staticmethod
    def close():
        pass

    @staticmethod
    def set_exception_handler(handler):
        Loop._exc_handler = handler

    @staticmethod
    def get_exception_handler():
        return Loop._exc_handler

    @staticmethod
    def default_exception_handler(loop, context):
        print(context["message"])
        print("future:", context["future"], "coro=", context["future"].coro)
        sys.print_exception(context["exception"])

    @staticmethod
    def call_exception_handler(context):
        (Loop._exc_handler or Loop.default_exception_handler)(Loop, context)


def get_event_loop(runq_len=0, waitq_len=0):
    return Loop


def new_event_loop():
    # Forgets every task of the old loop: they never run again.
    global cur_task, _ready, _sleeping, _unretrieved, _poller, _io_tasks
    cur_task = None
    _ready = []
    _sleeping = []
    _unretrieved = []
    _poller = None
    _io_tasks = {}
    return Loop
