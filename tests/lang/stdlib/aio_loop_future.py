# asyncio core: event loop scheduling, Future API and errors, run/Runner
import asyncio

def show(label, fn):
    try:
        print(label, fn())
    except BaseException as e:
        print(label, type(e).__name__, e)

# --- loop scheduling order -------------------------------------------------
loop = asyncio.new_event_loop()
log = []
loop.call_later(0.05, log.append, 'later-0.05')
loop.call_later(0.01, log.append, 'later-0.01')
loop.call_at(loop.time() + 0.03, log.append, 'at-0.03')
loop.call_soon(log.append, 'soon-1')
h = loop.call_soon(log.append, 'cancelled')
loop.call_soon(log.append, 'soon-2')
h.cancel()
print('handle cancelled', h.cancelled())
loop.call_later(0.08, loop.stop)
print('running before', loop.is_running())
loop.run_forever()
print(log)
print('time is float', isinstance(loop.time(), float))

# run_until_complete with a coroutine and a future
async def add(a, b):
    await asyncio.sleep(0)
    return a + b
print('ruc', loop.run_until_complete(add(2, 3)))
fut = loop.create_future()
loop.call_soon(fut.set_result, 'from-callback')
print('ruc future', loop.run_until_complete(fut))

# callbacks see the running loop
def cb():
    print('cb running loop is loop', asyncio.get_running_loop() is loop)
    loop.stop()
loop.call_soon(cb)
loop.run_forever()

# errors
show('call_later None', lambda: loop.call_later(None, print))
loop.set_debug(True)
show('debug: call_soon coroutine fn', lambda: loop.call_soon(add))
show('debug: call_soon not callable', lambda: loop.call_soon(42))
loop.set_debug(False)

async def nested():
    show('nested run_until_complete', lambda: loop.run_until_complete(add(1, 2)))
    show('close running', loop.close)
    c = add(1, 2)
    show('asyncio.run inside loop', lambda: asyncio.run(c))
    c.close()
loop.run_until_complete(nested())

# stopping before the future completes
async def forever():
    await asyncio.sleep(10)
loop.call_later(0.01, loop.stop)
t = loop.create_task(forever())
show('stopped early', lambda: loop.run_until_complete(t))
t.cancel()
loop.run_until_complete(asyncio.sleep(0))
print('task cancelled', t.cancelled())
loop.close()
print('closed', loop.is_closed())
loop.close()  # idempotent
show('use closed', lambda: loop.call_soon(print))
show('run closed', loop.run_forever)

show('get_running_loop outside', asyncio.get_running_loop)

# set_event_loop / get_event_loop
l2 = asyncio.new_event_loop()
asyncio.set_event_loop(l2)
print('get_event_loop is l2', asyncio.get_event_loop() is l2)
asyncio.set_event_loop(None)
l2.close()

# --- Future ----------------------------------------------------------------
loop = asyncio.new_event_loop()
f = loop.create_future()
print(repr(f), f.done(), f.cancelled())
show('result pending', f.result)
show('exception pending', f.exception)
order = []
def cb1(fut): order.append(('cb1', fut.result()))
def cb2(fut): order.append(('cb2', fut.result()))
f.add_done_callback(cb1)
f.add_done_callback(cb2)
f.add_done_callback(cb1)
print('removed', f.remove_done_callback(cb1), f.remove_done_callback(print))
f.set_result(10)
print(repr(f), 'callbacks not yet run:', order)
loop.run_until_complete(asyncio.sleep(0))
print('callbacks ran:', order)
show('set_result twice', lambda: f.set_result(1))
show('set_exception done', lambda: f.set_exception(ValueError()))
print('cancel done', f.cancel())
f.add_done_callback(lambda fut: order.append('late'))
loop.run_until_complete(asyncio.sleep(0))
print(order[-1])

f = loop.create_future()
f.set_exception(ValueError)
print(repr(f))
print('exception()', repr(f.exception()))
show('result raises', f.result)
f = loop.create_future()
show('StopIteration', lambda: f.set_exception(StopIteration()))
f = loop.create_future()
print('cancel', f.cancel('why'), f.cancel(), f.cancelled(), f.done(), repr(f))
show('result cancelled', f.result)
show('exception cancelled', f.exception)
print('get_loop', f.get_loop() is loop)
print('isfuture', asyncio.isfuture(f), asyncio.isfuture(1))

async def await_future():
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 'awaited')
    return await fut
print(loop.run_until_complete(await_future()))

async def await_failing():
    fut = loop.create_future()
    loop.call_soon(fut.set_exception, KeyError('k'))
    try:
        await fut
    except KeyError as e:
        return 'caught ' + repr(e)
print(loop.run_until_complete(await_failing()))
loop.close()

# --- predicates -------------------------------------------------------------
async def cf(): pass
def gf(): yield
c = cf()
print('iscoroutine', asyncio.iscoroutine(c), asyncio.iscoroutine(gf()), asyncio.iscoroutine(1))
print('iscoroutinefunction', asyncio.iscoroutinefunction(cf), asyncio.iscoroutinefunction(gf))
c.close()

# --- asyncio.run / Runner ---------------------------------------------------
async def main(x):
    loop = asyncio.get_running_loop()
    print('debug', loop.get_debug())
    return x * 2
print('run', asyncio.run(main(21)))
print('run debug', asyncio.run(main(1), debug=True))
show('run non-coroutine', lambda: asyncio.run(42))

async def boom():
    raise RuntimeError('boom')
show('run raising', lambda: asyncio.run(boom()))

with asyncio.Runner() as runner:
    print('runner', runner.run(main(5)), runner.run(main(6)))
    l = runner.get_loop()
    print('runner loop open', l.is_closed())
print('runner loop closed', l.is_closed())
show('runner closed', lambda: runner.run(main(1)))
r = asyncio.Runner(debug=True)
print('lazy runner', r.run(main(3)))
r.close()
r.close()

# pending tasks are cancelled when run() finishes
async def background():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('background cancelled at shutdown')
        raise
async def main2():
    asyncio.create_task(background())
    await asyncio.sleep(0.01)
    return 'main2 done'
print(asyncio.run(main2()))

# async generators are closed at shutdown
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print('agen finalized')
async def main3():
    g = agen()
    print('first', await g.__anext__())
    main3.g = g
    return 'main3 done'
print(asyncio.run(main3()))
