# asyncio.TaskGroup (3.11): success, child failures -> ExceptionGroup,
# sibling/parent cancellation, body errors, outside cancellation, misuse
import asyncio


async def work(name, delay, log, exc=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(f'{name} cancelled')
        raise
    if exc is not None:
        log.append(f'{name} raising')
        raise exc
    log.append(f'{name} done')
    return name


def show_group(eg, indent=''):
    print(indent + type(eg).__name__, repr(eg.message))
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            show_group(e, indent + '  ')
        else:
            print(indent + '  ' + repr(e))


async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work('a', 0.02, log))
        t2 = tg.create_task(work('b', 0.01, log), name='bee')
        print('names', t2.get_name())
    print('all done', t1.result(), t2.result(), log)

    print('== one child fails')
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('slow', 1, log))
            tg.create_task(work('bad', 0.01, log, ValueError('v')))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                log.append('body cancelled')
                raise
    except* ValueError as eg:
        show_group(eg)
    print(log, 'cancelling after', asyncio.current_task().cancelling())

    print('== two children fail')
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('x', 0.01, log, KeyError('k')))
            tg.create_task(work('y', 0.01, log, TypeError('t')))
    except BaseExceptionGroup as eg:
        show_group(eg)
    print(log)

    print('== body raises')
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('child', 1, log))
            await asyncio.sleep(0.01)
            raise RuntimeError('in body')
    except ExceptionGroup as eg:
        show_group(eg)
    print(log)

    print('== body raises and child failed')
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('c1', 0, log, OSError('c1')))
            await asyncio.sleep(0)
            await asyncio.sleep(0)
    except ExceptionGroup as eg:
        show_group(eg)
    print(log)

    print('== nested groups')
    log = []
    async def inner_group():
        async with asyncio.TaskGroup() as tg2:
            tg2.create_task(work('inner', 0.01, log, ValueError('deep')))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            tg.create_task(work('sibling', 1, log))
    except ExceptionGroup as eg:
        show_group(eg)
    print(log)

    print('== cancelled from outside')
    log = []
    async def runner():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('k1', 1, log))
            tg.create_task(work('k2', 1, log))
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('runner cancelled', sorted(log))

    print('== child cancelled itself is not an error')
    log = []
    async with asyncio.TaskGroup() as tg:
        c = tg.create_task(work('selfcancel', 1, log))
        tg.create_task(work('fine', 0.01, log))
        await asyncio.sleep(0)
        c.cancel()
    print(log, c.cancelled())

    print('== misuse')
    tg = asyncio.TaskGroup()
    coro = work('z', 0, [])
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError', e)
    coro.close()
    async with tg:
        pass
    coro = work('z', 0, [])
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError', e)
    coro.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print('RuntimeError', e)

    print('== timeout around a group')
    log = []
    try:
        async with asyncio.timeout(0.02):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(work('t1', 1, log))
                tg.create_task(work('t2', 0.01, log))
    except TimeoutError:
        print('TimeoutError', log)

    print('== SystemExit in child propagates as itself')
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('other', 1, log))
            tg.create_task(work('exit', 0.01, log, SystemExit(3)))
    except SystemExit as e:
        print('SystemExit', e.code, log)
    print('main finished')


# SystemExit raised in a task also propagates out of the event loop itself
try:
    asyncio.run(main())
except SystemExit as e:
    print('asyncio.run raised SystemExit', e.code)
