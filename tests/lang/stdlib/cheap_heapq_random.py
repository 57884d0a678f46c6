# heapq: randomized heap operations on seeded data, checked against sorted().
import heapq

seed = 12345


def rnd(n):
    # a small LCG so the data does not depend on the random module
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n


def is_heap(h):
    return all(not h[i] < h[(i - 1) // 2] for i in range(1, len(h)))


def is_max_heap(h):
    return all(not h[(i - 1) // 2] < h[i] for i in range(1, len(h)))


bad = 0
total = 0
for trial in range(200):
    n = rnd(60)
    kind = trial % 4
    if kind == 0:
        data = [rnd(50) for _ in range(n)]
    elif kind == 1:
        data = [rnd(1000) / 7 for _ in range(n)]
    elif kind == 2:
        data = [str(rnd(100)) for _ in range(n)]
    else:
        data = [(rnd(5), rnd(5)) for _ in range(n)]
    # heappush then heappop everything = sorted
    h = []
    for x in data:
        heapq.heappush(h, x)
        if not is_heap(h):
            bad += 1
    out = [heapq.heappop(h) for _ in range(len(h))]
    bad += out != sorted(data)
    # heapify then pop
    h = list(data)
    heapq.heapify(h)
    bad += not is_heap(h)
    bad += [heapq.heappop(h) for _ in range(len(h))] != sorted(data)
    # a stream of mixed operations against a sorted model
    h = []
    model = []
    for step in range(80):
        op = rnd(5)
        x = data[rnd(len(data))] if data else 0
        if kind == 2 and not data:
            x = '0'
        if kind == 3 and not data:
            x = (0, 0)
        if op == 0 or not h:
            heapq.heappush(h, x)
            model.append(x)
            model.sort()
        elif op == 1:
            got = heapq.heappop(h)
            bad += got != model.pop(0)
        elif op == 2:
            got = heapq.heapreplace(h, x)
            bad += got != model.pop(0)
            model.append(x)
            model.sort()
        elif op == 3:
            got = heapq.heappushpop(h, x)
            model.append(x)
            model.sort()
            bad += got != model.pop(0)
        else:
            bad += (h[0] if h else None) != (model[0] if model else None)
        bad += not is_heap(h)
        bad += sorted(h) != model
        total += 1
    # the max-heap helpers
    h = list(data)
    heapq._heapify_max(h)
    bad += not is_max_heap(h)
    if h:
        top = heapq._heapreplace_max(h, data[0])
        bad += top != max(data)
        bad += not is_max_heap(h)
    rest = [heapq._heappop_max(h) for _ in range(len(h))]
    expect = sorted(data, reverse=True)
    if data:
        expect.remove(max(data))
        expect.append(data[0])
        expect.sort(reverse=True)
    bad += rest != expect
    # merge / nlargest / nsmallest
    parts = [sorted(data[i::3]) for i in range(3)]
    bad += list(heapq.merge(*parts)) != sorted(data)
    rparts = [sorted(p, reverse=True) for p in parts]
    bad += list(heapq.merge(*rparts, reverse=True)) != sorted(data, reverse=True)
    k = rnd(10)
    bad += heapq.nsmallest(k, data) != sorted(data)[:k]
    bad += heapq.nlargest(k, data) != sorted(data, reverse=True)[:k]
print('steps', total, 'mismatches', bad)

# a large heap (cache-friendly heapify path) with ints and floats
for n in (2501, 5000, 20000):
    data = [rnd(100000) for _ in range(n)]
    h = list(data)
    heapq.heapify(h)
    print(n, is_heap(h), [heapq.heappop(h) for _ in range(n)] == sorted(data))
    h = [x / 3 for x in data]
    heapq._heapify_max(h)
    print(n, is_max_heap(h), [heapq._heappop_max(h) for _ in range(n)] == sorted((x / 3 for x in data), reverse=True))

# a final, fully printed small example
data = [rnd(100) for _ in range(15)]
h = []
for x in data:
    heapq.heappush(h, x)
print(data)
print(h)
print([heapq.heappop(h) for _ in range(15)])
