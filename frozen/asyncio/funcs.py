# SPDX-License-Identifier: MIT
# gather and wait_for: waiting on several awaitables, or on one with a time limit.

from . import core
from .task import Task, CancelledError, TimeoutError


async def _await(aw):
    return await aw


def _as_task(aw):
    # A task as it is; a coroutine as a new task; any other awaitable wrapped in one.
    if isinstance(aw, Task):
        return aw
    return core.create_task(aw if hasattr(aw, "send") else _await(aw))


def _wait_any(tasks):
    # A generator: parks until one of the unfinished [tasks] (a list) finishes. A task
    # parked on a list that is cancelled cancels the tasks in it too (see Task.cancel).
    me = core.cur_task
    for t in tasks:
        if not t.done_ and me not in t.waiters:
            t.waiters.append(me)
    yield tasks


async def gather(*aws, return_exceptions=False):
    tasks = [_as_task(aw) for aw in aws]
    try:
        while True:
            pending = False
            for t in tasks:
                if not t.done_:
                    pending = True
                elif t.exc is not None and not return_exceptions:
                    t.retrieved = True
                    raise t.exc
            if not pending:
                break
            await _wait_any(tasks)
    except CancelledError:
        # gather itself was cancelled (or a child was, and is re-raised): stop them all.
        for t in tasks:
            t.cancel()
        raise
    for t in tasks:
        t.retrieved = True
    return [t.exc if t.exc is not None else t.result for t in tasks]


async def _killer(task, ms, flag):
    await core.sleep_ms(ms)
    flag[0] = True
    task.cancel()


async def wait_for_ms(aw, timeout):
    task = _as_task(aw)
    if timeout is None:
        return await task
    flag = [False]
    killer = core.create_task(_killer(task, timeout, flag))
    try:
        await _wait_any([task])
    except CancelledError:
        task.cancel()  # wait_for itself was cancelled: so is what it waits for
        raise
    finally:
        killer.cancel()
    task.retrieved = True
    if task.exc is not None:
        if flag[0] and isinstance(task.exc, CancelledError):
            raise TimeoutError
        raise task.exc
    return task.result


def wait_for(aw, timeout):
    return wait_for_ms(aw, None if timeout is None else int(timeout * 1000))
