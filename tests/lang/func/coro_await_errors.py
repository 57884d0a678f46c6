# await: what may be awaited, and CPython's TypeError/RuntimeError messages
import types


def run(coro):
    """Drive a coroutine whose awaits never really suspend."""
    vals = []
    try:
        while True:
            vals.append(coro.send(None))
    except StopIteration as e:
        return vals, e.value


def show(coro):
    try:
        print(run(coro))
    except Exception as e:
        print(type(e).__name__ + ':', e)


async def aw(x):
    return await x

show(aw(1))
show(aw(None))
show(aw([1, 2]))


class NoIter:
    def __await__(self):
        return 5
show(aw(NoIter()))


class Lst:
    def __await__(self):
        return [1, 2]
show(aw(Lst()))


class ReturnsCoro:
    def __await__(self):
        return aw(1)
show(aw(ReturnsCoro()))


class Good:
    def __await__(self):
        return iter([10, 20])
show(aw(Good()))


class GenAwait:
    def __await__(self):
        x = yield 'first'
        return 'gen-await'
show(aw(GenAwait()))


class Raises:
    def __await__(self):
        raise KeyError('in __await__')
show(aw(Raises()))

# __await__ looked up on the type, not the instance
g = Good()
g.__await__ = lambda: iter([])
class Plain: pass
p = Plain()
p.__await__ = lambda: iter([])
show(aw(p))


# a coroutine awaited twice
async def inner():
    return 'inner'
async def twice():
    c = inner()
    a = await c
    b = await c
    return a, b
show(twice())


# a coroutine that is being awaited already
class Pause:
    def __await__(self):
        yield 'paused'
async def sleeper():
    await Pause()
    return 's'
async def waiter(c):
    return await c
c = sleeper()
w1 = waiter(c)
print(w1.send(None))
try:
    waiter(c).send(None)
except RuntimeError as e:
    print('RuntimeError:', e)
show(w1)


# generator-based coroutines (types.coroutine)
@types.coroutine
def gen_coro():
    v = yield 'from-gen'
    return ('gen-coro got', v)
print(hex(gen_coro.__code__.co_flags & 0x1a0))
async def uses_gen():
    return await gen_coro()
c = uses_gen()
print(c.send(None))
try:
    c.send('val')
except StopIteration as e:
    print(e.value)


def plain_gen():
    yield 1
async def awaits_plain_gen():
    return await plain_gen()
show(awaits_plain_gen())


# yield from a coroutine: only inside a types.coroutine generator
def yf_plain():
    return (yield from inner())
try:
    next(yf_plain())
except TypeError as e:
    print('TypeError:', e)

@types.coroutine
def yf_marked():
    return (yield from inner())
try:
    next(yf_marked())
except StopIteration as e:
    print('marked yield from ->', e.value)

# types.coroutine on non-generator callables
print(types.coroutine(inner) is inner)
try:
    types.coroutine(5)
except TypeError as e:
    print('TypeError:', e)


class GenLike:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
    def send(self, v):
        return self.__next__()
    def throw(self, *a):
        raise a[0]
    def close(self):
        pass

import collections.abc
collections.abc.Generator.register(GenLike)
wrapped = types.coroutine(lambda: GenLike())
async def use_wrapped():
    return await wrapped()
show(use_wrapped())


# await inside try/except/finally, and an exception from the awaited
async def boom():
    raise ValueError('boom')
async def handler():
    try:
        await boom()
    except ValueError as e:
        r = 'handled ' + str(e)
    finally:
        r2 = 'finally'
    return r, r2
show(handler())
