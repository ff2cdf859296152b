# Event: waiters park until set(); a set event does not block; clear() re-arms it
import asyncio


async def waiter(ev, name):
    print(name, "waiting")
    await ev.wait()
    print(name, "woken")


async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, n)) for n in ("x", "y")]
    await asyncio.sleep(0.01)
    print("set", ev.is_set())
    ev.set()
    await asyncio.gather(*tasks)
    print(ev.is_set())
    await ev.wait()
    ev.clear()
    print(ev.is_set())


asyncio.run(main())
