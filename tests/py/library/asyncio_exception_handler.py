# a task's exception that nobody awaits goes to the loop's exception handler one round
# later; awaiting the task before then retrieves it instead
import asyncio


def handler(loop, context):
    print("handler:", context["message"], repr(context["exception"]))


async def fail(n):
    raise OSError(n, "x")


async def main():
    loop = asyncio.get_event_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    asyncio.create_task(fail(1))
    for _ in range(3):
        await asyncio.sleep(0)
    t = asyncio.create_task(fail(2))
    await asyncio.sleep(0)
    try:
        await t
    except OSError as e:
        print("awaited", e.args[0])
    for _ in range(3):
        await asyncio.sleep(0)
    print("done")


asyncio.run(main())
