# async def, await, async for and async with parse and run under a simple driver
class AIter:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > 2:
            raise StopAsyncIteration
        return self.i
class ACM:
    async def __aenter__(self):
        print('aenter')
        return 'cm'
    async def __aexit__(self, *exc):
        print('aexit')
async def value():
    return 5
async def main():
    v = await value()
    print('awaited', v)
    async for i in AIter():
        print('item', i)
    async with ACM() as c:
        print('inside', c)
    return 'finished'
coro = main()
try:
    coro.send(None)
except StopIteration as e:
    print(e.value)
