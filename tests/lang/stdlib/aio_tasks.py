# asyncio Tasks and combinators: names, cancellation, sleep(0) interleaving,
# gather, wait, wait_for, timeout, shield, as_completed
import asyncio


async def work(name, delay, log=None, result=None, exc=None):
    await asyncio.sleep(delay)
    if log is not None:
        log.append(name)
    if exc is not None:
        raise exc
    return result if result is not None else name


async def test_task_basics():
    print('== task basics')
    t = asyncio.create_task(work('a', 0.01), name='worker')
    print(t.get_name(), 'pending' in repr(t), "name='worker'" in repr(t))
    t.set_name(42)
    print(repr(t.get_name()))
    print('in all_tasks', t in asyncio.all_tasks())
    print('current is main', asyncio.current_task().get_name().startswith('Task-'))
    print(await t, t.done(), t.result())
    print('finished' in repr(t), t not in asyncio.all_tasks())
    for meth in ('set_result', 'set_exception'):
        try:
            getattr(t, meth)(1)
        except RuntimeError as e:
            print(meth, e)
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print('TypeError', e)
    t2 = asyncio.ensure_future(work('b', 0))
    print('ensure_future task', isinstance(t2, asyncio.Task), await t2)
    f = asyncio.get_running_loop().create_future()
    print('ensure_future future', asyncio.ensure_future(f) is f)
    f.cancel()
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print('TypeError', e)

    class Awaitable:
        def __await__(self):
            yield from asyncio.sleep(0).__await__()
            return 'custom awaitable'
    print(await asyncio.ensure_future(Awaitable()))
    print(await Awaitable())


async def test_interleaving():
    print('== sleep(0) interleaving')
    log = []

    async def stepper(name, n):
        for i in range(n):
            log.append(f'{name}{i}')
            await asyncio.sleep(0)
    await asyncio.gather(stepper('a', 3), stepper('b', 2), stepper('c', 3))
    print(log)
    print('sleep result', await asyncio.sleep(0, 'r0'), await asyncio.sleep(0.001, 'r1'))


async def test_cancel():
    print('== cancellation')
    log = []

    async def victim():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError as e:
            log.append(('caught', e.args))
            raise
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    print('cancel', t.cancel('stop it'), 'cancelling', t.cancelling())
    print('cancel again', t.cancel(), 'cancelling', t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print('awaiting cancelled task', type(e).__name__)
    print(log, t.cancelled(), t.done())
    try:
        t.result()
    except asyncio.CancelledError:
        print('result() raises CancelledError')
    print('cancel done task', t.cancel())
    print('CancelledError is BaseException', issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))

    # cancel before it ever ran
    t = asyncio.create_task(work('never', 0, log))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled before start', 'never' not in log)

    # a task that swallows cancellation
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print('stubborn: ignoring cancel, cancelling =', asyncio.current_task().cancelling())
            print('uncancel ->', asyncio.current_task().uncancel())
        return 'survived'
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    # cancellation inside await of another task propagates to the awaited one
    inner = asyncio.create_task(work('inner', 10))
    async def outer():
        return await inner
    o = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        pass
    print('outer cancelled', o.cancelled(), 'inner cancelled', inner.cancelled())

    # exception in a task
    t = asyncio.create_task(work('bad', 0, exc=ValueError('bad value')))
    try:
        await t
    except ValueError as e:
        print('task raised', repr(e), repr(t.exception()))

    # awaiting self
    async def self_await():
        await asyncio.current_task()
    try:
        await asyncio.create_task(self_await())
    except RuntimeError as e:
        print('RuntimeError', str(e).split(':')[0])


async def test_gather():
    print('== gather')
    log = []
    r = await asyncio.gather(work('slow', 0.05, log), work('fast', 0.01, log), work('mid', 0.03, log))
    print(r, log)
    print('empty', await asyncio.gather())
    r = await asyncio.gather(work('ok', 0), work('bad', 0.01, exc=KeyError('k')),
                             return_exceptions=True)
    print('return_exceptions', r)
    try:
        await asyncio.gather(work('ok', 0.05), work('bad', 0.01, exc=ValueError('first')))
    except ValueError as e:
        print('gather raised', repr(e))
    # same coroutine object twice is run once
    c = work('dup', 0)
    print('dup', await asyncio.gather(c, c))
    # cancelling gather cancels the children
    children = [asyncio.create_task(work(f'c{i}', 10)) for i in range(2)]
    g = asyncio.gather(*children)
    await asyncio.sleep(0)
    print('gather.cancel', g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled', [c.cancelled() for c in children])
    # a cancelled child with return_exceptions
    c1 = asyncio.create_task(work('c1', 10))
    c2 = asyncio.create_task(work('c2', 0.01))
    asyncio.get_running_loop().call_later(0.001, c1.cancel)
    r = await asyncio.gather(c1, c2, return_exceptions=True)
    print('cancelled child', [type(x).__name__ for x in r])


async def test_wait():
    print('== wait')
    def names(s):
        return sorted(t.get_name() for t in s)
    def mk():
        return [asyncio.create_task(work('t1', 0.01), name='t1'),
                asyncio.create_task(work('t2', 0.1, exc=ValueError('x')), name='t2'),
                asyncio.create_task(work('t3', 0.2), name='t3')]
    ts = mk()
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print('FIRST_COMPLETED', names(done), names(pending))
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print('FIRST_EXCEPTION', names(done), names(pending))
    done, pending = await asyncio.wait(ts)
    print('ALL_COMPLETED', names(done), names(pending))
    ts = mk()
    done, pending = await asyncio.wait(ts, timeout=0.05)
    print('timeout', names(done), names(pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(ts)
    for bad in ([], ):
        try:
            await asyncio.wait(bad)
        except ValueError as e:
            print('ValueError', e)
    try:
        await asyncio.wait(ts, return_when='bogus')
    except ValueError as e:
        print('ValueError', e)
    f = asyncio.get_running_loop().create_future()
    try:
        await asyncio.wait(f)
    except TypeError as e:
        print('TypeError', e)


async def test_wait_for():
    print('== wait_for')
    print(await asyncio.wait_for(work('quick', 0.01), timeout=1))
    print(await asyncio.wait_for(work('none', 0), timeout=None))
    log = []

    async def slow():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            log.append('slow cancelled')
            raise
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError as e:
        print('TimeoutError', type(e).__name__, asyncio.TimeoutError is TimeoutError,
              type(e.__cause__).__name__, log)
    try:
        await asyncio.wait_for(slow(), timeout=0)
    except TimeoutError:
        print('timeout=0 TimeoutError', log)
    print('timeout=0 done', await asyncio.wait_for(asyncio.sleep(0, 'x'), 0) if False else 'skipped')
    try:
        await asyncio.wait_for(work('bad', 0, exc=OSError('io')), timeout=1)
    except OSError as e:
        print('inner exception', repr(e))


async def test_timeout():
    print('== timeout()')
    try:
        async with asyncio.timeout(0.01) as cm:
            print('when set', cm.when() is not None, cm.expired())
            await asyncio.sleep(10)
    except TimeoutError as e:
        print('timeout expired', cm.expired(), type(e.__cause__).__name__)
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
    print('no expiry', cm.expired())
    async with asyncio.timeout(None) as cm:
        print('when None', cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 0.01)
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print('body sees CancelledError')
            raise
    print('unreachable')


async def test_timeout2():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await asyncio.sleep(10)
    except TimeoutError:
        print('timeout_at expired', asyncio.current_task().cancelling())
    # expired deadline in the past
    try:
        async with asyncio.timeout(-1):
            await asyncio.sleep(0)
    except TimeoutError:
        print('past deadline expires at first await')
    # nested: inner expires first
    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(10)
            except TimeoutError:
                print('inner timeout')
            await asyncio.sleep(0)
            print('outer continues')
    except TimeoutError:
        print('wrong')
    t = asyncio.timeout(1)
    try:
        t.reschedule(5)
    except BaseException as e:
        print(type(e).__name__, e)


async def test_shield():
    print('== shield')
    inner = asyncio.create_task(work('shielded', 0.02))
    outer_task = asyncio.create_task(asyncio.shield(inner) if False else _shielded(inner))
    await asyncio.sleep(0.005)
    outer_task.cancel()
    try:
        await outer_task
    except asyncio.CancelledError:
        print('outer cancelled; inner cancelled?', inner.cancelled())
    print('inner result', await inner)
    fut = asyncio.shield(work('direct', 0))
    print(await fut)
    done = asyncio.get_running_loop().create_future()
    done.set_result('already')
    print('shield of done returns it', asyncio.shield(done) is done)


async def _shielded(inner):
    return await asyncio.shield(inner)


async def test_as_completed():
    print('== as_completed')
    coros = [work('c', 0.05), work('a', 0.01), work('b', 0.03)]
    order = []
    for fut in asyncio.as_completed(coros):
        order.append(await fut)
    print(order)
    try:
        for fut in asyncio.as_completed([work('x', 0.01), work('y', 10)], timeout=0.05):
            print('got', await fut)
    except TimeoutError:
        print('as_completed timeout')
    try:
        f = asyncio.get_running_loop().create_future()
        list(asyncio.as_completed(f))
    except TypeError as e:
        print('TypeError', e)
    await asyncio.sleep(0)


async def main():
    await test_task_basics()
    await test_interleaving()
    await test_cancel()
    await test_gather()
    await test_wait()
    await test_wait_for()
    try:
        await test_timeout()
    except TimeoutError:
        print('rescheduled timeout expired')
    await test_timeout2()
    await test_shield()
    await test_as_completed()

asyncio.run(main())
