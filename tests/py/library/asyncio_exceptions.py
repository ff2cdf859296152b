# exceptions: from the main coroutine out of run(); from gather (or returned by it)
import asyncio


async def bad(n):
    await asyncio.sleep(0)
    raise ValueError("boom %d" % n)


async def ok():
    return "ok"


async def main():
    try:
        await asyncio.gather(ok(), bad(1))
    except ValueError as e:
        print("gather raised", e)
    r = await asyncio.gather(bad(2), ok(), return_exceptions=True)
    print(type(r[0]).__name__, r[0], r[1])
    raise RuntimeError("from main")


try:
    asyncio.run(main())
except RuntimeError as e:
    print("run raised", e)
