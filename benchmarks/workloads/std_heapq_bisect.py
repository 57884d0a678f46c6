# heapq and bisect: heap push/pop, heapify, merge, nlargest/nsmallest, and
# sorted-list maintenance with bisect/insort (with and without key=).
import heapq
import bisect


def run(n):
    data = [(i * 7919) % 100_003 for i in range(n)]
    h = []
    for x in data:
        heapq.heappush(h, x)
    out = [heapq.heappop(h) for _ in range(n // 2)]
    h2 = list(data)
    heapq.heapify(h2)
    acc = 0
    for x in data[: n // 2]:
        acc += heapq.heappushpop(h2, x)
        acc += heapq.heapreplace(h2, x + 1)
    chunks = [sorted(data[i::4]) for i in range(4)]
    merged = list(heapq.merge(*chunks))
    big = heapq.nlargest(10, data)
    small = heapq.nsmallest(10, data, key=lambda v: -v)
    keys = sorted(data[: n // 4])
    hits = 0
    for x in data:
        i = bisect.bisect_left(keys, x)
        if i < len(keys) and keys[i] == x:
            hits += 1
        hits += bisect.bisect_right(keys, x) - i
    ins = []
    for x in data[: n // 10]:
        bisect.insort(ins, x)
    recs = [(k, str(k)) for k in keys[:1000]]
    found = sum(bisect.bisect_left(recs, x, key=lambda r: r[0]) for x in data[:20_000])
    return out[:3], out[-1], acc, merged[:3] == sorted(data)[:3], big[:3], small[:3], hits, ins[:3], found


print(run(200_000))
