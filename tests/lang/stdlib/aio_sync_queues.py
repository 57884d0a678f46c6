# asyncio synchronisation primitives and queues: Lock, Event, Condition,
# Semaphore, BoundedSemaphore, Barrier, Queue/PriorityQueue/LifoQueue
import asyncio


async def test_lock():
    print('== Lock')
    lock = asyncio.Lock()
    log = []

    async def user(name, hold):
        async with lock:
            log.append(f'{name} in')
            await asyncio.sleep(hold)
            log.append(f'{name} out')
    await asyncio.gather(user('a', 0.01), user('b', 0), user('c', 0))
    print(log, lock.locked())
    print(await lock.acquire(), lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError', e)
    # a cancelled waiter does not keep the lock
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    waiter.cancel()
    await asyncio.sleep(0)
    lock.release()
    print('after cancelled waiter', lock.locked(), waiter.cancelled())
    print('repr', '[unlocked]' in repr(lock))


async def test_event():
    print('== Event')
    ev = asyncio.Event()
    log = []

    async def waiter(i):
        await ev.wait()
        log.append(i)
    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.01)
    print('before set', log, ev.is_set())
    ev.set()
    await asyncio.gather(*tasks)
    print('after set', sorted(log), ev.is_set())
    print('wait when set', await ev.wait())
    ev.clear()
    print('cleared', ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except TimeoutError:
        print('wait timed out')


async def test_condition():
    print('== Condition')
    cond = asyncio.Condition()
    items = []
    log = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            log.append((name, items.pop(0)))

    consumers = [asyncio.create_task(consumer(f'c{i}')) for i in range(3)]
    await asyncio.sleep(0.01)
    async with cond:
        items.append('x')
        cond.notify()
    await asyncio.sleep(0.01)
    print(log)
    async with cond:
        items.extend(['y', 'z'])
        cond.notify_all()
    await asyncio.gather(*consumers)
    print(sorted(log))
    for meth in ('wait', 'notify'):
        try:
            r = getattr(cond, meth)()
            if asyncio.iscoroutine(r):
                await r
        except RuntimeError as e:
            print('RuntimeError', e)


async def test_semaphores():
    print('== Semaphore')
    sem = asyncio.Semaphore(2)
    active = []
    peak = []

    async def job(i):
        async with sem:
            active.append(i)
            peak.append(len(active))
            await asyncio.sleep(0.01)
            active.remove(i)
    await asyncio.gather(*(job(i) for i in range(5)))
    print('max concurrent', max(peak), 'locked', sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError', e)
    s0 = asyncio.Semaphore(0)
    print('zero locked', s0.locked())
    s0.release()
    print('after release', s0.locked(), await s0.acquire())
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print('ValueError', e)


async def test_barrier():
    print('== Barrier')
    barrier = asyncio.Barrier(3)
    log = []

    async def party(name, delay):
        await asyncio.sleep(delay)
        log.append(f'{name} arrives')
        idx = await barrier.wait()
        log.append(f'{name} passes')
        return idx
    r = await asyncio.gather(party('a', 0), party('b', 0.01), party('c', 0.02))
    print(log)
    print('indices', sorted(r), 'parties', barrier.parties, 'waiting', barrier.n_waiting,
          'broken', barrier.broken)
    # abort breaks waiting parties
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(b2.wait())
    await asyncio.sleep(0.01)
    print('n_waiting', b2.n_waiting)
    await b2.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print('BrokenBarrierError', type(e).__mro__[1].__name__)
    try:
        await b2.wait()
    except asyncio.BrokenBarrierError:
        print('still broken', b2.broken)
    await b2.reset()
    print('after reset broken', b2.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError', e)
    async with asyncio.Barrier(1) as idx:
        print('async with index', idx)


async def test_queues():
    print('== Queue')
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    await q.put(1)
    q.put_nowait(2)
    print(q.qsize(), q.full())
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print('QueueFull')
    # blocked producer
    log = []

    async def producer():
        for i in range(3, 6):
            await q.put(i)
            log.append(f'put {i}')
    p = asyncio.create_task(producer())
    await asyncio.sleep(0.01)
    print('producer blocked', log)
    got = []
    while len(got) < 5:
        got.append(await q.get())
        q.task_done()
    await p
    print(got, log)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError', e)

    # join waits for task_done
    q = asyncio.Queue()
    done = []

    async def worker():
        while True:
            item = await q.get()
            await asyncio.sleep(0.001)
            done.append(item)
            q.task_done()
    w = asyncio.create_task(worker())
    for i in range(4):
        q.put_nowait(i)
    await q.join()
    print('joined', done)
    w.cancel()
    # get with timeout
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except TimeoutError:
        print('get timed out, getters left', len(q._getters))

    pq = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b')]:
        pq.put_nowait(item)
    print('priority', [pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for item in 'xyz':
        await lq.put(item)
    print('lifo', [await lq.get() for _ in range(3)])
    print(str(asyncio.Queue(3)))


async def main():
    await test_lock()
    await test_event()
    await test_condition()
    await test_semaphores()
    await test_barrier()
    await test_queues()

asyncio.run(main())
