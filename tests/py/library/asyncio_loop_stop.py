# Loop.stop() ends run_forever() after the current round; running again resumes
import asyncio


async def main():
    print("main 1")
    loop.stop()
    await asyncio.sleep(0)
    print("main 2")
    loop.stop()
    await asyncio.sleep(0)
    print("main 3")


loop = asyncio.get_event_loop()
loop.create_task(main())
for i in range(3):
    print("run", i)
    loop.run_forever()
