# sched.scheduler with a simulated clock: ordering, cancel, queue, run(blocking).
import sched

now = [0.0]
log = []
def timefunc():
    return now[0]
def delayfunc(d):
    log.append(('delay', d))
    now[0] += d

s = sched.scheduler(timefunc, delayfunc)
print(s.empty(), s.queue)
def act(name, extra=None):
    log.append((name, now[0], extra))
e1 = s.enter(5, 1, act, ('five',))
e2 = s.enterabs(2, 2, act, argument=('two-low',))
e3 = s.enterabs(2, 1, act, ('two-high',), {'extra': 'kw'})
e4 = s.enter(2, 1, act, ('two-high-later',))
e5 = s.enter(10, 0, act, ('ten',))
print(s.empty())
print([(e.time, e.priority, e.argument) for e in s.queue])
print(e3.kwargs, e2.kwargs, e2.kwargs is not e1.kwargs, type(e1).__name__, e1._fields)
s.cancel(e5)
try:
    s.cancel(e5)
except ValueError as e:
    print('ValueError', e)
print(s.run(blocking=False), log)
log.clear()
now[0] = 2
print(s.run(blocking=False))
print(log)
log.clear()
print(s.run())
print(log, s.empty())
print(s.run(blocking=False))

# an action entering another event, and one raising
s2 = sched.scheduler(timefunc, delayfunc)
log.clear()
def chain(n):
    log.append(('chain', n, now[0]))
    if n < 3:
        s2.enter(1, 0, chain, (n + 1,))
s2.enter(0, 0, chain, (0,))
s2.run()
print(log)
def bad():
    raise RuntimeError('action failed')
s2.enter(1, 0, bad)
s2.enter(2, 0, act, ('after',))
try:
    s2.run()
except RuntimeError as e:
    print('RuntimeError', e, len(s2.queue))
s2.run()
print(log[-1][0])

e = sched.Event(1, 2, 3, len, (), {})
print(e < sched.Event(1, 2, 4, print, (), {}), e.time, e.priority, e.sequence)
print(sched.__all__)

# default clock works for due events
real = sched.scheduler()
got = []
real.enter(0, 0, got.append, ('now',))
real.enter(-1, 0, got.append, ('before',))
real.run()
print(got)
