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


def _need_list(heap, fname, one_arg):
    if not isinstance(heap, list):
        raise TypeError('%s() argument%s must be list, not %s'
                        % (fname, '' if one_arg else ' 1', type(heap).__name__))


def heappop(heap):
    if not heap:
        _need_list(heap, 'heappop', True)
        raise IndexError('index out of range')
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _sift_up(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    if not heap:
        _need_list(heap, 'heapreplace', False)
        raise IndexError('index out of range')
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
    # Lazy k-way merge: entries are [sortkey, order, value, iterator]; the
    # order number breaks ties so earlier iterables win and values are never
    # compared directly.
    its = [iter(x) for x in iterables]
    return _merge(its, key, reverse)


class _Rev:
    __slots__ = ('k',)

    def __init__(self, k):
        self.k = k

    def __lt__(self, other):
        return other.k < self.k

    def __eq__(self, other):
        return self.k == other.k


def _merge(its, key, reverse):
    h = []
    for order, it in enumerate(its):
        for value in it:
            k = value if key is None else key(value)
            h.append([_Rev(k) if reverse else k, order, value, it])
            break
    heapify(h)
    while h:
        top = h[0]
        yield top[2]
        for value in top[3]:
            k = value if key is None else key(value)
            top[0] = _Rev(k) if reverse else k
            top[2] = value
            heapreplace(h, top)
            break
        else:
            heappop(h)


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
    if not heap:
        _need_list(heap, '_heappop_max', True)
        raise IndexError('index out of range')
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup_max(heap, 0)
        return returnitem
    return lastelt


def _heapreplace_max(heap, item):
    if not heap:
        _need_list(heap, '_heapreplace_max', False)
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return returnitem


_siftdown = _sift_down
_siftup = _sift_up
