# concurrent.futures.Future used directly (no executor): states, results,
# exceptions, cancellation, callbacks, wait() and as_completed().
import concurrent.futures as cf
import sys, io


def state(f):
    # repr without the address
    r = repr(f)
    return r[:r.index(' at ')] + ' ' + r[r.index('state='):]


f = cf.Future()
print(state(f), f.done(), f.running(), f.cancelled())
for meth in (f.result, f.exception):
    try:
        meth(timeout=0)
    except cf.TimeoutError as e:
        print(meth.__name__, type(e).__name__, repr(str(e)), e.__class__ is TimeoutError)
print(f.set_running_or_notify_cancel(), state(f), f.running())
print(f.cancel(), f.cancelled())
f.set_result([1, 2])
print(state(f), f.result(), f.exception(), f.done(), f.running())
for bad in (lambda: f.set_result(1), lambda: f.set_exception(ValueError())):
    try:
        bad()
    except cf.InvalidStateError as e:
        print('InvalidStateError', str(e).split(':')[0], isinstance(e, cf._base.Error))
old = sys.stderr
sys.stderr = io.StringIO()
try:
    f.set_running_or_notify_cancel()
except RuntimeError as e:
    print('RuntimeError', e)
logged = sys.stderr.getvalue()
sys.stderr = old
print(logged.startswith('Future '), logged.rstrip().endswith('in unexpected state: FINISHED'))

# exception
g = cf.Future()
g.set_exception(KeyError('k'))
print(state(g), repr(g.exception()))
try:
    g.result()
except KeyError as e:
    print('raised', repr(e))

# cancellation
c = cf.Future()
calls = []
c.add_done_callback(lambda fut: calls.append(('cb1', fut.cancelled())))
print(c.cancel(), c.cancel(), c.cancelled(), c.done(), state(c))
print(calls)
for meth in (c.result, c.exception):
    try:
        meth()
    except cf.CancelledError as e:
        print(meth.__name__, 'CancelledError', repr(str(e)))
print(c.set_running_or_notify_cancel(), state(c))
try:
    c.set_result(1)
except cf.InvalidStateError as e:
    print('InvalidStateError', str(e).split(':')[0])

# callbacks: order, immediate call when done, exceptions are reported
d = cf.Future()
order = []
d.add_done_callback(lambda fut: order.append(1))
d.add_done_callback(lambda fut: order.append(2))
def boom(fut):
    raise ZeroDivisionError('in callback')
d.add_done_callback(boom)
d.add_done_callback(lambda fut: order.append(3))
old = sys.stderr
sys.stderr = io.StringIO()
d.set_result(None)
d.add_done_callback(lambda fut: order.append('late'))
d.add_done_callback(boom)
err = sys.stderr.getvalue()
sys.stderr = old
print(order)
lines = err.splitlines()
print([l.split(' <')[0] for l in lines if l.startswith('exception calling')])
print([l for l in lines if l.startswith('ZeroDivisionError')])
print(state(d))

# running future cannot be cancelled
r = cf.Future()
r.set_running_or_notify_cancel()
print(r.cancel(), state(r))
r.set_result('x')
print(r.cancel(), state(r))

# wait() on finished/cancelled/pending futures
a, b, p = cf.Future(), cf.Future(), cf.Future()
a.set_result(1)
b.set_exception(ValueError('v'))
res = cf.wait([a, b, p], timeout=0)
print(type(res).__name__, res._fields, len(res.done), len(res.not_done), p in res.not_done)
res = cf.wait([a, p], return_when=cf.FIRST_COMPLETED)
print(len(res.done), len(res.not_done))
res = cf.wait([b, p], return_when=cf.FIRST_EXCEPTION)
print(len(res.done), len(res.not_done))
res = cf.wait([a, a, b], return_when=cf.ALL_COMPLETED)
print(len(res.done), len(res.not_done))
res = cf.wait([])
print(res)
try:
    cf.wait([p], return_when='bogus')
except ValueError as e:
    print('ValueError', e)
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)

# as_completed: finished ones first, then timeout with the count
it = cf.as_completed([a, b, p, a], timeout=0)
got = []
try:
    for x in it:
        got.append(x)
except cf.TimeoutError as e:
    print('TimeoutError', e)
print(len(got), a in got, b in got, p in got)
print(p._waiters)
p.cancel(); p.set_running_or_notify_cancel()
print(len(list(cf.as_completed([a, b, p]))))
print(list(cf.as_completed([])))

print(cf.Future[int], cf.BrokenExecutor.__mro__[1].__name__)
print(issubclass(cf.CancelledError, cf._base.Error), cf.TimeoutError is TimeoutError)
