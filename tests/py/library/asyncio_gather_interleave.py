# tasks interleave at each await; gather returns results in argument order
import asyncio


async def worker(name, n, delay):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(delay)
    return name * 2


async def main():
    t1 = asyncio.create_task(worker("a", 3, 0.01))
    r = await asyncio.gather(t1, worker("b", 2, 0.015), worker("c", 1, 0.005))
    print(r)
    print(await t1, t1.done())
    print(await asyncio.gather())
    return 42


print(asyncio.run(main()))
