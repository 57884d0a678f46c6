# async comprehensions and await inside comprehensions, run by hand
def run(coro):
    sent = []
    try:
        while True:
            sent.append(coro.send(None))
    except StopIteration as e:
        return e.value, len(sent)


class Tick:
    def __await__(self):
        yield 'tick'


async def arange(n):
    for i in range(n):
        await Tick()
        yield i


async def dbl(x):
    await Tick()
    return 2 * x


async def lists():
    a = [x async for x in arange(4)]
    b = [x async for x in arange(6) if x % 2]
    c = {x async for x in arange(3)}
    d = {x: x * x async for x in arange(3)}
    e = [await dbl(x) for x in range(3)]
    f = [await dbl(x) async for x in arange(3) if await dbl(x) > 0]
    g = [(x, y) async for x in arange(2) for y in range(2)]
    h = [(x, y) for x in range(2) async for y in arange(2)]
    i = [[y async for y in arange(x)] for x in range(3)]
    j = {x: [await dbl(y) for y in range(x)] for x in range(3)}
    k = [x for x in await dbl(1) * [0]]
    return a, b, sorted(c), d, e, f, g, h, i, j, k
print(run(lists()))


async def genexps():
    ge = (await dbl(x) for x in range(3))
    print(type(ge).__name__)
    out = [v async for v in ge]
    ge2 = (x async for x in arange(3) if x != 1)
    out2 = [v async for v in ge2]
    ge3 = ((x, await dbl(x)) async for x in arange(2))
    out3 = [v async for v in ge3]
    return out, out2, out3
print(run(genexps()))


async def errors():
    res = []
    async def boom():
        raise ValueError('in comprehension')
    try:
        [await boom() for _ in range(2)]
    except ValueError as e:
        res.append(str(e))
    async def bad_agen():
        yield 1
        raise KeyError('agen')
    try:
        [x async for x in bad_agen()]
    except KeyError as e:
        res.append(repr(e))
    try:
        [x async for x in 5]
    except TypeError as e:
        res.append(str(e))
    return res
print(run(errors()))


# comprehension scoping is unchanged by async
async def scoping():
    x = 'outer'
    r = [x async for x in arange(2)]
    return x, r
print(run(scoping()))

# the listcomp inside an async def is itself a coroutine
async def shape():
    return [await dbl(v) for v in [5]]
code = shape.__code__.co_consts[1]
print(code.co_name, bool(code.co_flags & 0x80))
print(run(shape()))
