# MicroPython's extras: sleep_ms, wait_for_ms, current_task, get_event_loop
import asyncio


async def child():
    await asyncio.sleep_ms(2)
    return asyncio.current_task()


async def main():
    me = asyncio.current_task()
    t = asyncio.create_task(child())
    r = await t
    print(r is t, r is not me, t.done())
    try:
        await asyncio.wait_for_ms(asyncio.sleep_ms(1000), 5)
    except asyncio.TimeoutError:
        print("TimeoutError")
    print(await asyncio.wait_for_ms(child(), 100) is not None)


loop = asyncio.get_event_loop()
loop.run_until_complete(main())
print(asyncio.new_event_loop() is not None)
try:
    asyncio.current_task()
except RuntimeError:
    print("RuntimeError")
