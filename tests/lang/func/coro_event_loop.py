# a tiny round-robin event loop (no asyncio): tasks, sleeping, joining,
# cancellation by throw(), async generators as streams, threads
import collections, threading, sys


class Sleep:
    """Yield control to the loop for n rounds."""
    def __init__(self, n=1):
        self.n = n
    def __await__(self):
        for _ in range(self.n):
            yield ('sleep',)


class Cancelled(Exception):
    pass


class Task:
    def __init__(self, loop, coro, name):
        self.coro, self.name, self.loop = coro, name, loop
        self.done, self.result, self.exc = False, None, None
        self.waiters = []
        self.cancel_requested = False

    def __await__(self):
        while not self.done:
            yield ('wait', self)
        if self.exc is not None:
            raise self.exc
        return self.result


class Loop:
    def __init__(self):
        self.ready = collections.deque()
        self.log = []

    def spawn(self, coro, name):
        t = Task(self, coro, name)
        self.ready.append(t)
        return t

    def run(self):
        rounds = 0
        while self.ready:
            rounds += 1
            t = self.ready.popleft()
            try:
                if t.cancel_requested:
                    t.cancel_requested = False
                    req = t.coro.throw(Cancelled('cancelled ' + t.name))
                else:
                    req = t.coro.send(None)
            except StopIteration as e:
                t.done, t.result = True, e.value
                self.log.append((t.name, 'returned', e.value))
                continue
            except Exception as e:
                t.done, t.exc = True, e
                self.log.append((t.name, 'raised', repr(e)))
                continue
            self.ready.append(t)
        return rounds


loop = Loop()


async def worker(name, n):
    total = 0
    for i in range(n):
        await Sleep()
        total += i
        loop.log.append((name, 'step', i))
    return total


async def ticker(name):
    async for v in counter(3):
        loop.log.append((name, 'tick', v))
    return 'ticked'


async def counter(n):
    for i in range(n):
        await Sleep(2)
        yield i * 10


async def boss():
    a = loop.spawn(worker('a', 3), 'a')
    b = loop.spawn(worker('b', 2), 'b')
    t = loop.spawn(ticker('t'), 't')
    ra = await a
    rb = await b
    rt = await t
    return ra, rb, rt


async def victim():
    try:
        while True:
            await Sleep()
    except Cancelled as e:
        loop.log.append(('victim', 'saw', str(e)))
        raise


async def canceller(task):
    await Sleep(2)
    task.cancel_requested = True
    try:
        await task
    except Cancelled as e:
        return 'victim cancelled: ' + str(e)


async def failing():
    await Sleep()
    raise ValueError('task failed')


async def joiner(task):
    try:
        return await task
    except ValueError as e:
        return 'joined error ' + str(e)


bt = loop.spawn(boss(), 'boss')
v = loop.spawn(victim(), 'victim')
loop.spawn(canceller(v), 'canceller')
f = loop.spawn(failing(), 'failing')
loop.spawn(joiner(f), 'joiner')
rounds = loop.run()
for entry in loop.log:
    print(entry)
print('rounds', rounds, 'boss result', bt.result)


# many coroutines in two threads at once (the GIL switches between them)
def thread_main(tag, out):
    def drive(c):
        try:
            while True:
                c.send(None)
        except StopIteration as e:
            return e.value
    async def count(n):
        s = 0
        async for i in agen_range(n):
            s += await plus_one(i)
        return s
    async def agen_range(n):
        for i in range(n):
            await Sleep()
            yield i
    async def plus_one(x):
        return x + 1
    out[tag] = [drive(count(n)) for n in range(0, 300, 30)]

results = {}
old = sys.getswitchinterval()
sys.setswitchinterval(1e-6)
ths = [threading.Thread(target=thread_main, args=(i, results)) for i in range(2)]
for th in ths:
    th.start()
for th in ths:
    th.join()
sys.setswitchinterval(old)
print(results[0] == results[1], results[0])
