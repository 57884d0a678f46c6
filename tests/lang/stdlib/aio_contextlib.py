# contextlib.asynccontextmanager, aclosing, AsyncExitStack, async context managers as decorators.
import asyncio, contextlib
log = []
@contextlib.asynccontextmanager
async def res(name):
    log.append("open " + name)
    try:
        yield name.upper()
    finally:
        log.append("close " + name)
async def agen():
    try:
        yield 1
        yield 2
    finally:
        log.append("agen closed")
async def main():
    async with res("a") as v:
        log.append("inside " + v)
    try:
        async with res("b"):
            raise KeyError("k")
    except KeyError as e:
        log.append("caught %r" % e)
    @contextlib.asynccontextmanager
    async def swallow():
        try:
            yield
        except ValueError:
            log.append("swallowed")
    async with swallow():
        raise ValueError
    @contextlib.asynccontextmanager
    async def noyield():
        if False:
            yield
    try:
        async with noyield():
            pass
    except RuntimeError as e:
        log.append("RuntimeError %s" % e)
    async with contextlib.aclosing(agen()) as g:
        async for x in g:
            log.append("x %d" % x)
            break
    async with contextlib.AsyncExitStack() as st:
        v1 = await st.enter_async_context(res("c"))
        st.callback(log.append, "sync cb")
        async def acb(m):
            log.append("async cb " + m)
        st.push_async_callback(acb, "z")
        v2 = st.enter_context(contextlib.nullcontext("n"))
        log.append("stack %s %s" % (v1, v2))
    try:
        await contextlib.AsyncExitStack().enter_async_context(object())
    except TypeError as e:
        log.append("TypeError %s" % e)
    @res("deco")
    async def decorated():
        log.append("in decorated")
        return 5
    log.append("ret %d" % await decorated())
asyncio.run(main())
print("\n".join(log))
