# Lock: one holder at a time, in arrival order; release of an unheld lock fails
import asyncio


async def locker(lock, i):
    async with lock:
        print("got", i)
        await asyncio.sleep(0.005)
        print("release", i)


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*[locker(lock, i) for i in range(3)])
    print(lock.locked())
    await lock.acquire()
    print(lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError:
        print("RuntimeError")


asyncio.run(main())
