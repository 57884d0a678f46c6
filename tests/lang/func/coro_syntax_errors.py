# where async/await may appear: CPython 3.11's SyntaxErrors, and code flags
import inspect

cases = [
    "await x",
    "def f():\n    await x",
    "def f():\n    return lambda: await x",
    "async def f():\n    return lambda: await x",
    "async def f():\n    class C:\n        await x",
    "class C:\n    await x",
    "async def f():\n    yield from x",
    "async def f():\n    yield 1\n    return 2",
    "async def f():\n    yield 1\n    return",
    "async def f():\n    yield 1\n    return None",
    "def f():\n    async for x in y: pass",
    "async for x in y: pass",
    "def f():\n    async with x: pass",
    "async with x: pass",
    "def f():\n    return [x async for x in y]",
    "[x async for x in y]",
    "def f():\n    return [await x for x in y]",
    "def f():\n    return {x: 1 async for x in y}",
    "def f():\n    return (x async for x in y)",
    "def f():\n    return (await x for x in y)",
    "(await x for x in y)",
    "async def f():\n    return [[z async for z in x] for x in y]",
    "def f():\n    return [[z async for z in x] for x in y]",
    "async def f():\n    return [(z async for z in x) for x in y]",
    "async def f():\n    def g():\n        await x",
    "async def f():\n    await x\n    yield\n    async for a in b: pass\n    async with c as d: pass",
    "async def f():\n    return {k: await v for k, v in y}",
    "async def f():\n    return [x for x in await y]",
    "def f():\n    return [x for x in await y]",
    "async def f():\n    x = yield\n    y = await x",
    "def f():\n    yield await x",
]
for src in cases:
    try:
        compile(src, '<s>', 'exec')
        print('ok      ', repr(src))
    except SyntaxError as e:
        print('SyntaxError', repr(src), '->', e.msg, e.lineno)


async def coro(): pass
async def agen(): yield
def gen(): yield
async def comp(y): return [await v for v in y]
for f in (coro, agen, gen, comp):
    print(f.__name__, hex(f.__code__.co_flags), inspect.iscoroutinefunction(f),
          inspect.isasyncgenfunction(f), inspect.isgeneratorfunction(f))
inner = comp.__code__.co_consts[1]
print(inner.co_name, hex(inner.co_flags))
ge = (await v for v in [])
print(type(ge).__name__, hex(ge.ag_code.co_flags))
ge2 = (v async for v in agen())
print(type(ge2).__name__)
lam = lambda: (await v for v in [])
print(type(lam()).__name__)


class K:
    async def m(self):
        return 1
    @staticmethod
    async def s():
        pass
print(inspect.iscoroutinefunction(K.m), inspect.iscoroutinefunction(K().m))
print(inspect.iscoroutinefunction(K.s))
c = K().m()
print(c.__qualname__)
c.close()
import functools
print(inspect.iscoroutinefunction(functools.partial(K.m, None)))
try:
    (v async for v in [1])
except TypeError as e:
    print('TypeError', e)
# error positions
for src in ["async def f():\n    yield from x", "def f():\n    x = 1 + await y",
            "def f():\n    return [x async for x in y]"]:
    try:
        compile(src, '<s>', 'exec')
    except SyntaxError as e:
        print(e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
