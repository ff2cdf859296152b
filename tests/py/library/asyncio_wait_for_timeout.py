# wait_for: a result in time, or TimeoutError and the awaited task cancelled
import asyncio


async def slow(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("slow cancelled")
        raise


async def quick():
    await asyncio.sleep(0.001)
    return "quick"


async def main():
    print(await asyncio.wait_for(quick(), 1))
    log = []
    try:
        await asyncio.wait_for(slow(log), 0.02)
    except asyncio.TimeoutError:
        print("timeout")
    await asyncio.sleep(0)
    print(log)
    print(await asyncio.wait_for(quick(), None))


asyncio.run(main())
