# heapq/bisect still work when the C accelerators are unavailable (the
# pure-Python definitions are the fallback).
import sys

sys.modules['_heapq'] = None
sys.modules['_bisect'] = None
for name in ('heapq', 'bisect'):
    sys.modules.pop(name, None)
import heapq
import bisect

print(type(heapq.heappush).__name__, type(bisect.bisect_left).__name__)
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
h = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
heapq.heapify(h)
print(h, heapq.heapreplace(h, 10), heapq.heappushpop(h, -1), heapq.heappushpop(h, 4), h)
h = [3, 1, 4, 1, 5, 9, 2, 6]
heapq._heapify_max(h)
print(list(h), heapq._heapreplace_max(h, 0), [heapq._heappop_max(h) for _ in range(len(h))])
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge(['aa', 'bbbb'], ['c', 'ddd'], key=len)))
print(heapq.nlargest(2, [1, 5, 3]), heapq.nsmallest(2, [1, 5, 3]))
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError', e)
a = [1, 2, 2, 3]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 2, 0, 2))
bisect.insort(a, 2)
bisect.insort_left(a, 0)
print(a)
recs = [(1, 'a'), (3, 'b')]
bisect.insort(recs, (2, 'x'), key=lambda r: r[0])
print(recs, bisect.bisect_left(recs, 3, key=lambda r: r[0]))
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print('ValueError', e)
for f, args in ((heapq.heapreplace, ([], 1)), (heapq._heappop_max, ([],)), (heapq._heapreplace_max, ([], 1))):
    try:
        f(*args)
    except IndexError as e:
        print('IndexError', e)
