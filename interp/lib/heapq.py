"""Heap queue algorithm (a min-heap on a list), gilpy."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _sift_down(heap, startpos, pos):
    # Move heap[pos] up towards startpos while it is smaller than its parent.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _sift_up(heap, pos):
    # Bubble the smaller child up until hitting a leaf, then sift down.
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _sift_down(heap, startpos, pos)


def heappush(heap, item):
    if not isinstance(heap, list):
        raise TypeError('heappush() argument 1 must be list, not %s' % type(heap).__name__)
    heap.append(item)
    _sift_down(heap, 0, len(heap) - 1)


# The pure-Python fallback: its errors are those of CPython's heapq.py
# ("pop from empty list", "list index out of range") apart from this check.
def _need_list(heap, fname, one_arg):
    if not isinstance(heap, list):
        raise TypeError('%s() argument%s must be list, not %s'
                        % (fname, '' if one_arg else ' 1', type(heap).__name__))


def heappop(heap):
    _need_list(heap, 'heappop', True)
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _sift_up(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    _need_list(heap, 'heapreplace', False)
    returnitem = heap[0]
    heap[0] = item
    _sift_up(heap, 0)
    return returnitem


def heappushpop(heap, item):
    _need_list(heap, 'heappushpop', False)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_up(heap, 0)
    return item


def heapify(x):
    if not isinstance(x, list):
        raise TypeError('heapify() argument must be list, not %s' % type(x).__name__)
    for i in reversed(range(len(x) // 2)):
        _sift_up(x, i)


def merge(*iterables, key=None, reverse=False):
    # Lazy k-way merge (a generator, so nothing runs before the first next()).
    # Heap entries are lists [sortkey, order, (value,) next]: `order` is the
    # iterable's position (negated for reverse, where a max-heap is used) so
    # ties go to the earlier iterable and values themselves are compared only
    # through their sort keys. An exhausted iterator is dropped from the heap;
    # the last one left is drained without heap work.
    if reverse:
        make_heap, pop, replace, direction = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        make_heap, pop, replace, direction = heapify, heappop, heapreplace, 1
    h = []
    if key is None:
        for order, it in enumerate(map(iter, iterables)):
            nxt = it.__next__
            try:
                h.append([nxt(), order * direction, nxt])
            except StopIteration:
                pass
        make_heap(h)
        while len(h) > 1:
            try:
                while True:
                    entry = h[0]
                    yield entry[0]
                    entry[0] = entry[2]()
                    replace(h, entry)
            except StopIteration:
                pop(h)
        if h:
            value, _, nxt = h[0]
            yield value
            yield from nxt.__self__
        return
    for order, it in enumerate(map(iter, iterables)):
        nxt = it.__next__
        try:
            value = nxt()
            h.append([key(value), order * direction, value, nxt])
        except StopIteration:
            pass
    make_heap(h)
    while len(h) > 1:
        try:
            while True:
                entry = h[0]
                yield entry[2]
                value = entry[3]()
                entry[0] = key(value)
                entry[2] = value
                replace(h, entry)
        except StopIteration:
            pop(h)
    if h:
        _, _, value, nxt = h[0]
        yield value
        yield from nxt.__self__


# nsmallest/nlargest are documented as equivalent to a stable sort followed
# by a slice; sorting in C beats a Python-level heap for any n here.
def nsmallest(n, iterable, key=None):
    if n <= 0:
        return []
    if n == 1:
        it = list(iterable)
        if not it:
            return []
        return [min(it, key=key)]
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    if n <= 0:
        return []
    if n == 1:
        it = list(iterable)
        if not it:
            return []
        return [max(it, key=key)]
    return sorted(iterable, key=key, reverse=True)[:n]


# Max-heap helpers (private in CPython too, but used by some code).

def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


def _heapify_max(x):
    _need_list(x, '_heapify_max', True)
    for i in reversed(range(len(x) // 2)):
        _siftup_max(x, i)


def _heappop_max(heap):
    _need_list(heap, '_heappop_max', True)
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup_max(heap, 0)
        return returnitem
    return lastelt


def _heapreplace_max(heap, item):
    _need_list(heap, '_heapreplace_max', False)
    returnitem = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return returnitem


_siftdown = _sift_down
_siftup = _sift_up


# The C versions replace the pure-Python ones above when _heapq is built in
# (merge and friends then pick them up, being looked up at call time).
try:
    from _heapq import *
except ImportError:
    pass
try:
    from _heapq import _heapreplace_max
except ImportError:
    pass
try:
    from _heapq import _heapify_max
except ImportError:
    pass
try:
    from _heapq import _heappop_max
except ImportError:
    pass
