# async for / async with: protocol, exceptions, and CPython's messages
def run(coro):
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
        if e.__cause__ is not None:
            print('  cause:', type(e.__cause__).__name__, e.__cause__)


class Tick:
    def __await__(self):
        yield 'tick'


class ARange:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1


async def loop():
    out = []
    async for x in ARange(3):
        out.append(x)
    else:
        out.append('else')
    return out
show(loop())


async def loop_break():
    out = []
    async for x in ARange(10):
        if x == 2:
            break
        if x == 0:
            continue
        out.append(x)
    else:
        out.append('no else')
    return out
show(loop_break())


async def loop_return():
    async for x in ARange(10):
        if x == 1:
            return 'returned at 1'
show(loop_return())


async def nested():
    out = []
    async for a in ARange(2):
        async for b in ARange(2):
            out.append((a, b))
    return out
show(nested())


async def body_raises():
    try:
        async for x in ARange(5):
            if x == 1:
                raise KeyError('body')
    except KeyError as e:
        return 'caught ' + str(e)
show(body_raises())


class BadNext:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise ValueError('from anext')
async def anext_raises():
    async for x in BadNext():
        pass
show(anext_raises())


async def for_over(obj):
    async for x in obj:
        pass
show(for_over(1))
show(for_over([1, 2]))


class AiterNoAnext:
    def __aiter__(self):
        return 5
show(for_over(AiterNoAnext()))


class AnextNotAwaitable:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 42
show(for_over(AnextNotAwaitable()))


class AnextBadAwait:
    def __aiter__(self):
        return self
    def __anext__(self):
        return self
    def __await__(self):
        return 3
show(for_over(AnextBadAwait()))


class AnextIter:
    """__anext__ returning an iterator-based awaitable"""
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return Awaitable(self.n)
class Awaitable:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield 'inner'
        return self.v * 100
async def collect():
    return [x async for x in AnextIter()]
show(collect())


# ---- async with ----
class ACM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        await Tick()
        print('enter', self.name)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        await Tick()
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.suppress


async def with_ok():
    async with ACM('a') as v:
        print('body', v)
    return 'ok'
show(with_ok())


async def with_two():
    async with ACM('a') as x, ACM('b') as y:
        print('body', x, y)
show(with_two())


async def with_exc(suppress):
    async with ACM('c', suppress):
        raise IndexError('inside')
    return 'after'
show(with_exc(True))
show(with_exc(False))


async def with_return():
    async with ACM('r'):
        return 'from body'
show(with_return())


async def with_break():
    out = []
    for i in range(3):
        async with ACM('loop%d' % i):
            if i == 1:
                break
            out.append(i)
    return out
show(with_break())


async def use(obj):
    async with obj:
        pass

show(use(1))


class OnlyEnter:
    async def __aenter__(self):
        pass
show(use(OnlyEnter()))


class SyncCM:
    def __enter__(self): pass
    def __exit__(self, *a): pass
show(use(SyncCM()))


class EnterNotAwaitable:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        pass
show(use(EnterNotAwaitable()))


class ExitNotAwaitable:
    async def __aenter__(self):
        pass
    def __aexit__(self, *a):
        return 2
show(use(ExitNotAwaitable()))


async def use_raise(obj):
    async with obj:
        raise KeyError('k')
show(use_raise(ExitNotAwaitable()))


class EnterRaises:
    async def __aenter__(self):
        raise RuntimeError('no entry')
    async def __aexit__(self, *a):
        print('never')
show(use(EnterRaises()))
