# async generators driven by hand: __anext__/asend/athrow/aclose awaitables
import inspect, types, collections.abc as abc


def step(aw, val=None):
    """Send once into an awaitable; report how it ended."""
    try:
        r = aw.send(val)
        return ('yielded', r)
    except StopIteration as e:
        return ('stop', e.value)
    except StopAsyncIteration as e:
        return ('StopAsyncIteration', e.args)
    except Exception as e:
        return (type(e).__name__, str(e))


class Tick:
    def __init__(self, v='tick'):
        self.v = v
    def __await__(self):
        return (yield self.v)


async def agen():
    x = yield 1
    print('got', x)
    await Tick('awaiting')
    y = yield 2
    print('got', y)


a = agen()
print(type(a).__name__, type(a) is types.AsyncGeneratorType)
print(inspect.isasyncgen(a), inspect.isasyncgenfunction(agen), hex(agen.__code__.co_flags))
print(isinstance(a, abc.AsyncGenerator), isinstance(a, abc.AsyncIterator))
print(a.__aiter__() is a, a.ag_running, a.ag_await, a.ag_code is agen.__code__)
print(a.__name__, a.__qualname__, repr(a).startswith('<async_generator object agen at'))
n = a.__anext__()
print(type(n).__name__, n.__await__() is n, iter(n) is n)
print(step(n))
print(step(n))
n = a.asend('sent-1')
print(step(n))
print('ag_running', a.ag_running, type(a.ag_await).__name__)
print(step(n, 'to-tick'))
print('ag_running', a.ag_running)
print(step(a.asend('sent-2')))
print(step(a.__anext__()))
print(a.ag_frame)

# asend of non-None into a just-started generator
a = agen()
print(step(a.asend('early')))
a = agen()
print(step(a.__anext__(), 'early'))

# reusing an awaitable
a = agen()
n = a.__anext__()
print(step(n), step(n))
try:
    n.throw(ValueError)
except RuntimeError as e:
    print('RuntimeError', e)
print(n.close())

# two __anext__ at once
async def slow():
    await Tick('s1')
    yield 'v'
a = slow()
n1 = a.__anext__()
print(step(n1))
n2 = a.__anext__()
print(step(n2))
print(step(n1))

# athrow
async def catches():
    while True:
        try:
            yield 'ready'
        except KeyError as e:
            print('caught', repr(e))
            yield 'after-catch'
a = catches()
print(step(a.__anext__()))
t = a.athrow(KeyError('k'))
print(type(t).__name__, t.__await__() is t)
print(step(t))
print(step(t))
print(step(a.athrow(ValueError, ValueError('v'))))
print(step(a.__anext__()))
print(step(a.athrow(ValueError)))

# athrow into a not-started generator; then close
async def simple():
    yield 1
a = simple()
print(step(a.athrow(IndexError('i'))))
print(step(a.__anext__()))

# aclose
async def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
        await Tick('in-finally')
        print('cleanup done')
a = with_finally()
print(step(a.__anext__()))
c = a.aclose()
print(type(c).__name__)
print(step(c))
print(step(c))
print(step(c))
print(step(a.aclose()))
print(step(a.__anext__()))

async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse'
a = ignores_exit()
print(step(a.__anext__()))
print(step(a.aclose()))

async def ignores_exit_awaiting():
    try:
        yield 1
    except GeneratorExit:
        await Tick('t')
        yield 'refuse'
a = ignores_exit_awaiting()
print(step(a.__anext__()))
c = a.aclose()
print(step(c))
print(step(c))

# aclose on a fresh generator and on a finished one
a = simple()
print(step(a.aclose()))
print(step(a.__anext__()))
a = simple()
print(step(a.__anext__()), step(a.__anext__()))
print(step(a.aclose()))

# aclose while running
a = slow()
n = a.__anext__()
print(step(n))
print(step(a.aclose()))
print(step(a.athrow(ValueError)))

# StopIteration / StopAsyncIteration raised inside
async def raises_si():
    yield 1
    raise StopIteration
async def raises_sai():
    yield 1
    raise StopAsyncIteration
for f in (raises_si, raises_sai):
    a = f()
    print(step(a.__anext__()))
    try:
        a.__anext__().send(None)
    except RuntimeError as e:
        print('RuntimeError', e, type(e.__cause__).__name__)

# async generator expression and comprehension over it
async def collect(ag):
    return [x async for x in ag]
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def src():
    for i in range(4):
        await Tick()
        yield i
ge = (x * 2 async for x in src())
print(type(ge).__name__)
print(run(collect(ge)))

async def twice(x):
    return x * 2
async def mk():
    return [v async for v in (await twice(x) for x in range(3))]
print(run(mk()))

# asend/athrow of awaits passing through
async def passthrough():
    v = await Tick('outer-await')
    yield v
a = passthrough()
n = a.asend(None)
print(step(n))
print(step(n, 'resumed-value'))

# ag_await while suspended in an await
a = passthrough()
n = a.__anext__()
step(n)
print(type(a.ag_await).__name__)
