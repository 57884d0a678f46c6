# native coroutines driven by hand: send/throw/close, cr_* attributes,
# inspect states, the coroutine_wrapper from __await__
import inspect, sys, types


class Suspend:
    """An awaitable that yields its value to the driver once."""
    def __init__(self, v):
        self.v = v

    def __await__(self):
        got = yield self.v
        return ('resumed', got)


async def leaf(x):
    r = await Suspend(x)
    return r


async def main():
    a = await leaf(1)
    b = await leaf(2)
    return [a, b]


c = main()
print(type(c).__name__, type(c) is types.CoroutineType)
print(c.__name__, c.__qualname__, c.cr_code is main.__code__)
print(inspect.getcoroutinestate(c), c.cr_running, c.cr_await, c.cr_suspended)
print(c.cr_frame.f_code.co_name, c.cr_origin)
print(c.send(None))
print(inspect.getcoroutinestate(c), type(c.cr_await).__name__, c.cr_suspended)
print(c.send('x'))
try:
    c.send('y')
except StopIteration as e:
    print('result', e.value)
print(inspect.getcoroutinestate(c), c.cr_frame, c.cr_await)
for meth in (lambda: c.send(None), lambda: c.throw(ValueError)):
    try:
        meth()
    except RuntimeError as e:
        print('RuntimeError', e)
print(c.close())

# just-started coroutine
c = main()
try:
    c.send(1)
except TypeError as e:
    print('TypeError', e)
c.close()
print(inspect.getcoroutinestate(c))

# throw into a suspended coroutine, caught inside
async def catcher():
    try:
        await Suspend('a')
    except KeyError as e:
        print('caught', repr(e))
        await Suspend('b')
    return 'done'

c = catcher()
print(c.send(None))
print(c.throw(KeyError('k')))
try:
    c.send(None)
except StopIteration as e:
    print('done', e.value)

# throw uncaught
c = catcher()
c.send(None)
try:
    c.throw(ValueError, ValueError('v'))
except ValueError as e:
    print('ValueError', e)
print(inspect.getcoroutinestate(c))

# close runs finally blocks; ignoring GeneratorExit is an error
async def fin():
    try:
        await Suspend(1)
    finally:
        print('finally ran')

c = fin()
c.send(None)
c.close()

async def stubborn():
    try:
        await Suspend(1)
    except GeneratorExit:
        pass
    await Suspend(2)

c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print('RuntimeError', e)
c.close() if False else None

# coroutine raising StopIteration
async def bad():
    raise StopIteration(3)
try:
    bad().send(None)
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)

# running coroutine: cr_running and "already executing"
async def selfref():
    print('running', me.cr_running, inspect.getcoroutinestate(me))
    try:
        me.send(None)
    except ValueError as e:
        print('ValueError', e)
    return 0
me = selfref()
try:
    me.send(None)
except StopIteration:
    pass

# __await__ gives a coroutine_wrapper
c = main()
w = c.__await__()
print(type(w).__name__, iter(w) is w)
print(next(w), w.send('s'))
try:
    w.send('t')
except StopIteration as e:
    print('wrapper result', e.value)
c2 = leaf(9)
w = c2.__await__()
print(next(w))
try:
    w.throw(IndexError('i'))
except IndexError as e:
    print('IndexError', e)
c3 = fin()
w = c3.__await__()
next(w)
print(w.close())

# coroutines are not iterable
try:
    iter(main())
except TypeError as e:
    print('TypeError', e)
try:
    for x in leaf(1):
        pass
except TypeError as e:
    print('TypeError', e)

# repr and frame
c = main()
print(repr(c).startswith('<coroutine object main at 0x'))
c.close()

# sys._getframe and tracebacks inside coroutines
async def where():
    f = sys._getframe()
    print(f.f_code.co_name, f.f_back.f_code.co_name)
    await Suspend(0)
    1 / 0
def driver():
    c = where()
    c.send(None)
    try:
        c.send(None)
    except ZeroDivisionError as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print(names)
driver()

# the await expression value and nested awaits in expressions
async def add(a, b):
    return a + b
async def expr():
    return (await add(1, 2)) * 10 + await add(3, 4)
try:
    expr().send(None)
except StopIteration as e:
    print('expr', e.value)

# the handled exception is saved across a suspension
async def ctx():
    try:
        raise KeyError('k')
    except KeyError:
        await Suspend(0)
        print('inside', repr(sys.exc_info()[1]))
        raise ValueError('v')
c = ctx()
c.send(None)
print('outside', sys.exc_info())
try:
    c.send(None)
except ValueError as e:
    print(repr(e), repr(e.__context__))


# deep await chains, and a RecursionError instead of a crash
async def deep(n):
    if n == 0:
        await Suspend(0)
        return 0
    return 1 + await deep(n - 1)
c = deep(300)
c.send(None)
try:
    c.send(None)
except StopIteration as e:
    print('deep', e.value)
try:
    deep(100000).send(None)
except RecursionError as e:
    print('RecursionError', e)
