import heapq, bisect
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
h = []
for x in [5, 3, 8, 1, 9, 2]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
l = [9, 8, 7, 6, 5, 4, 3]; heapq.heapify(l); print(l)
show("pop empty", lambda: heapq.heappop([]))
show("replace empty", lambda: heapq.heapreplace([], 1))
show("push non-list", lambda: heapq.heappush((), 1))
show("heapify non-list", lambda: heapq.heapify((1,)))
show("push uncomparable", lambda: heapq.heappush([1], "a"))
print(heapq.heappushpop([], 5))
for n in [-1, 0, 1, 3, 10]:
    print(n, heapq.nlargest(n, [4, 1, 7, 3, 8, 5]), heapq.nsmallest(n, [4, 1, 7, 3, 8, 5]))
    print(n, heapq.nlargest(n, "hello world", key=ord), heapq.nsmallest(n, [(1, 'b'), (1, 'a'), (0, 'z')], key=lambda t: t[0]))
print(heapq.nlargest(2, iter([3, 1, 2])), heapq.nsmallest(2, iter([3, 1, 2]), key=lambda x: -x))
print(heapq.nlargest(3, [1, 1, 1, 1], key=lambda x: 0), heapq.nsmallest(1, []), heapq.nlargest(1, [], key=abs))
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)), list(heapq.merge(["a", "BB"], ["ccc"], key=len)))
print(list(heapq.merge([(1, "x")], [(1, "y")], key=lambda t: t[0])), list(heapq.merge([3, 2], [1], key=lambda x: -x, reverse=False)))
print(list(heapq.merge([1,2], [1,2], reverse=True)), type(heapq.merge([1])).__name__)
h2 = [3, 1, 2]; heapq._heapify_max(h2); print(h2, heapq._heappop_max(h2), h2)
print(sorted(n for n in dir(heapq) if not n.startswith("_")), all(hasattr(heapq, n) for n in ["_heapify_max", "_heappop_max", "_heapreplace_max", "_siftdown", "_siftup"]))

a = [1, 2, 2, 2, 3, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 2), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 4, hi=None))
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("d", 4), key=lambda r: r[1]); print(recs)
bisect.insort_left(recs, ("e", 4), key=lambda r: r[1]); print(recs)
bisect.insort_right(a, 2); bisect.insort_left(a, 0); bisect.insort(a, 9, lo=2); print(a)
show("lo neg", lambda: bisect.bisect_left(a, 1, -1))
show("lo neg insort", lambda: bisect.insort(a, 1, -1))
show("none seq", lambda: bisect.bisect(None, 1))
show("hi big", lambda: bisect.bisect_left([1, 2], 3, 0, 10))
show("kw lo", lambda: bisect.bisect_right([1, 2, 3], 2, lo=2))
show("key none", lambda: bisect.bisect([3, 1], 2, key=None))
print(bisect.bisect_left([], 1), bisect.bisect_right(["a", "c"], "b"))
print(sorted(n for n in dir(bisect) if not n.startswith("_")))
