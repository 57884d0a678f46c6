# finalisation: never-awaited coroutines warn, suspended coroutines and
# async generators are closed, sys.set_asyncgen_hooks firstiter/finalizer
import gc, sys, warnings


class Tick:
    def __await__(self):
        yield 'tick'


async def never():
    print('never runs')

with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter('always')
    c = never()
    del c
    gc.collect()
    for w in ws:
        print(w.category.__name__, w.message)

# a closed or finished coroutine does not warn
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter('always')
    c = never()
    c.close()
    del c
    print(len(ws))

# the warning as an error goes to sys.unraisablehook
def hook(u):
    print('unraisable:', type(u.exc_value).__name__, u.exc_value)
old_hook = sys.unraisablehook
sys.unraisablehook = hook
with warnings.catch_warnings():
    warnings.simplefilter('error')
    c = never()
    del c
sys.unraisablehook = old_hook

# suspended coroutine: close() on collection runs its finally
async def suspended():
    try:
        await Tick()
    finally:
        print('coroutine finally')
c = suspended()
c.send(None)
del c
print('after del')

# in a reference cycle: the collector finalises it
async def cyclic():
    me = holder
    try:
        await Tick()
    finally:
        print('cyclic finally')
holder = []
c = cyclic()
holder.append(c)
c.send(None)
del c, holder
gc.collect()
print('after collect')

# a coroutine ignoring GeneratorExit at collection: unraisable RuntimeError
async def stubborn():
    while True:
        try:
            await Tick()
        except GeneratorExit:
            pass
sys.unraisablehook = hook
c = stubborn()
c.send(None)
del c
sys.unraisablehook = old_hook

# async generator without hooks: closed on collection
async def ag():
    try:
        yield 1
        yield 2
    finally:
        print('agen finally')
a = ag()
try:
    a.__anext__().send(None)
except StopIteration as e:
    print('first', e.value)
del a
print('after agen del')

# hooks
print(sys.get_asyncgen_hooks())
events = []
def firstiter(gen):
    events.append(('firstiter', gen.__name__))
def finalizer(gen):
    events.append(('finalizer', gen.__name__))
    # a finalizer typically schedules aclose(); run it by hand here
    t = gen.aclose()
    try:
        t.send(None)
    except StopIteration:
        events.append(('aclosed', gen.__name__))
sys.set_asyncgen_hooks(firstiter, finalizer)
h = sys.get_asyncgen_hooks()
print(type(h).__name__, h.firstiter is firstiter, h[1] is finalizer, len(h))
a = ag()
print(events)
n = a.__anext__()
print(events)
try:
    n.send(None)
except StopIteration as e:
    print('value', e.value)
a.__anext__()
a.asend(None)
print(len(events))
del n
del a
print(events)

# a generator never iterated is not given to the finalizer
events.clear()
a = ag()
del a
print(events)

# a generator finished normally: no finalizer call
events.clear()
async def short():
    yield 1
a = short()
for _ in range(2):
    try:
        a.__anext__().send(None)
    except (StopIteration, StopAsyncIteration) as e:
        print(type(e).__name__)
del a
print(events)

# the hooks are read when the generator is first iterated
sys.set_asyncgen_hooks(finalizer=None)
print(sys.get_asyncgen_hooks().finalizer, sys.get_asyncgen_hooks().firstiter is firstiter)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
for bad in ({'firstiter': 1}, {'finalizer': 'x'}):
    try:
        sys.set_asyncgen_hooks(**bad)
    except TypeError as e:
        print('TypeError', e)
try:
    sys.set_asyncgen_hooks(1, 2)
except TypeError as e:
    print('TypeError', e)
print(sys.get_asyncgen_hooks())

# firstiter raising: the error comes from __anext__()
def bad_first(gen):
    raise KeyError('firstiter failed')
sys.set_asyncgen_hooks(firstiter=bad_first)
a = short()
try:
    a.__anext__()
except KeyError as e:
    print('KeyError', e)
a.__anext__()   # hooks run only once
sys.set_asyncgen_hooks(None, None)

# async generator ignoring GeneratorExit at collection
async def agen_stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
sys.unraisablehook = hook
a = agen_stubborn()
try:
    a.__anext__().send(None)
except StopIteration:
    pass
del a
sys.unraisablehook = old_hook
print('end')
