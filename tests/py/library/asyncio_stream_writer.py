# StreamWriter over sys.stdout: write() buffers, drain() waits until the stream takes it,
# while other tasks keep running
import asyncio
import sys


async def writer():
    w = asyncio.StreamWriter(sys.stdout)
    w.write(b"hello ")
    w.write(b"stream\n")
    await w.drain()
    return "drained"


async def ticker():
    for i in range(2):
        print("tick", i)
        await asyncio.sleep_ms(50)  # long enough for the drain to finish first


async def main():
    print(await asyncio.gather(writer(), ticker()))


asyncio.run(main())
print(asyncio.StreamReader is asyncio.StreamWriter)
