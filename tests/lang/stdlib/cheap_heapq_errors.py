# heapq (C accelerators): failing comparisons, comparisons that mutate the
# heap, and that no object is lost or kept alive after an error.
import heapq
import gc
import weakref


def t(f, *a):
    try:
        r = f(*a)
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)


class Boom(Exception):
    pass


budget = [0]


class V:
    """Compares by value; raises Boom once the shared budget runs out."""
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        budget[0] -= 1
        if budget[0] < 0:
            raise Boom('lt #%d' % -budget[0])
        return self.v < other.v

    def __repr__(self):
        return 'V(%d)' % self.v


def vals(h):
    return [x.v for x in h]


# a comparison raising part-way leaves a permutation of the items
for n in range(0, 12):
    for op in ('heapify', 'heappop', 'heappush', 'heapreplace', 'heappushpop',
               '_heapify_max', '_heappop_max', '_heapreplace_max'):
        h = [V((i * 5) % 11) for i in range(10)]
        before = sorted(vals(h))
        budget[0] = n
        try:
            if op in ('heapify', '_heapify_max'):
                r = getattr(heapq, op)(h)
            elif op in ('heappop', '_heappop_max'):
                r = getattr(heapq, op)(h)
            else:
                r = getattr(heapq, op)(h, V(4))
            res = 'ok %r' % (r,)
        except Boom as e:
            res = 'Boom %s' % e
        got = vals(h)
        print(n, op, res, got)
budget[0] = 10**9

# comparisons returning odd objects
class Truthy:
    def __init__(self, r):
        self.r = r

    def __lt__(self, other):
        return self.r


class BadBool:
    def __bool__(self):
        raise Boom('bool')


h = [Truthy(1), Truthy([]), Truthy('x')]
t(heapq.heapify, h)
t(heapq.heappush, [Truthy(0)], Truthy(None))
t(heapq.heappush, [Truthy(0)], Truthy(BadBool()))
t(heapq.heappushpop, [Truthy(BadBool())], 1)


class NoCmp:
    pass


t(heapq.heappush, [NoCmp()], NoCmp())
t(heapq.heapify, [NoCmp(), NoCmp()])
t(heapq.heappushpop, [NoCmp()], NoCmp())


# comparisons that change the list
class Mut:
    heap = None
    action = None

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        act = Mut.action
        if act is not None:
            Mut.action = None
            act(Mut.heap)
        return self.v < other.v

    def __repr__(self):
        return 'M%d' % self.v


def run(op, action, n=7, *extra):
    h = [Mut(i) for i in range(n)]
    Mut.heap = h
    Mut.action = action
    try:
        r = getattr(heapq, op)(h, *extra)
        print(op, 'ok', r, len(h))
    except Exception as e:
        print(op, type(e).__name__, e, len(h))
    Mut.action = None


grow = lambda h: h.append(Mut(100))
clear = lambda h: h.clear()
shrink = lambda h: h.pop()
swap = lambda h: h.reverse()
replace_all = lambda h: h.__setitem__(slice(None), [Mut(50 + i) for i in range(len(h))])
for action in (grow, clear, shrink, swap, replace_all):
    run('heappush', action, 7, Mut(-1))
    run('heappop', action)
    run('heapify', action)
    run('heapreplace', action, 7, Mut(99))
    run('heappushpop', action, 7, Mut(99))
    run('heappushpop', action, 1, Mut(99))
    run('_heapify_max', action)
    run('_heappop_max', action)
    run('_heapreplace_max', action, 7, Mut(-5))
    # the list may be emptied or refilled before the first comparison's result
    run('heappushpop', action, 2, Mut(99))


# no object is leaked or freed early around failures
class Tracked:
    alive = 0

    def __init__(self, v, fail=False):
        self.v = v
        self.fail = fail
        Tracked.alive += 1

    def __del__(self):
        Tracked.alive -= 1

    def __lt__(self, other):
        if self.fail or other.fail:
            raise Boom('tracked')
        return self.v < other.v


def churn():
    refs = []
    h = [Tracked(i) for i in range(20)]
    refs += [weakref.ref(x) for x in h]
    heapq.heapify(h)
    h[5].fail = True
    for op in (heapq.heappop, heapq._heappop_max):
        try:
            op(h)
        except Boom:
            pass
    for op in (heapq.heappush, heapq.heapreplace, heapq.heappushpop, heapq._heapreplace_max):
        x = Tracked(99, True)
        refs.append(weakref.ref(x))
        try:
            op(h, x)
        except Boom:
            pass
        del x
    print('in heap', len(h), 'alive', Tracked.alive, 'live refs', sum(r() is not None for r in refs))
    for x in h:
        x.fail = False
    out = []
    while h:
        out.append(heapq.heappop(h).v)
    print(sorted(out) == out, len(out))
    del out, x
    return refs


refs = churn()
gc.collect()
print('after', Tracked.alive, sum(r() is not None for r in refs))
popped = heapq.heappop([Tracked(1)])
print(Tracked.alive, popped.v)
del popped
print(Tracked.alive)
