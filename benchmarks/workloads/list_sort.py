# Lists: building, slicing, sorting with keys, comprehensions.
def run(n):
    data = [(i * 7919) % 10007 for i in range(n)]
    data.sort()
    pairs = [(x % 13, -x) for x in data]
    pairs.sort(key=lambda p: (p[0], p[1]))
    chunks = [data[i:i + 100] for i in range(0, n, 100)]
    sums = sorted((sum(c) for c in chunks), reverse=True)
    return pairs[0], pairs[-1], sums[:3], len(chunks)

print(run(200_000))
