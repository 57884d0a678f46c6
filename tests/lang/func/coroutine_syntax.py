# async def functions driven manually (no event loop)
async def add(a, b):
    return a + b
async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return [x, y]
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine suspended")
coro = main()
print(type(coro).__name__)
print(run(coro))
try:
    coro.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
async def agen():
    for i in range(3):
        yield i
async def collect():
    return [i async for i in agen()]
print(run(collect()))
