# Task.cancel: CancelledError is raised inside the task at its await, and by awaiting it
import asyncio


async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("sleeper sees CancelledError")
        raise
    print("not reached")


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0.001)
    print(t.cancel(), t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting it raises CancelledError", t.done())
    print(t.cancel())
    print(issubclass(asyncio.CancelledError, BaseException))
    t2 = asyncio.create_task(sleeper())
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("cancelled before it ran")


asyncio.run(main())
