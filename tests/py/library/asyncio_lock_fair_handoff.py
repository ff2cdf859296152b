# a released Lock goes to the longest waiter, so a task that re-acquires at once queues
# behind the others; locked() is False until the new holder runs (as MicroPython)
import asyncio


async def worker(lock, name, rounds):
    for i in range(rounds):
        async with lock:
            print(name, i)


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    tasks = [asyncio.create_task(worker(lock, n, 2)) for n in "ab"]
    await asyncio.sleep(0)
    lock.release()
    print("after release", lock.locked())
    await asyncio.gather(*tasks)
    print("end", lock.locked())


asyncio.run(main())
