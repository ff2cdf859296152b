# async def, await, async with and async for driven by hand
class Awaitable:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield ("await", self.v)
        return got
class ACM:
    async def __aenter__(self):
        print("aenter")
        return "cm"
    async def __aexit__(self, t, v, tb):
        print("aexit", t)
class AIter:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3:
            raise StopAsyncIteration
        return self.i
async def inner(x):
    return x * 2
async def main():
    a = await inner(21)
    b = await Awaitable("x")
    async with ACM() as cm:
        print("in with", cm)
    total = 0
    async for i in AIter():
        total += i
    return a, b, total
co = main()
print(co.send(None))
try:
    co.send("sent")
except StopIteration as e:
    print("result", e.value)
