# Memory: tuples built in bulk, nested, sorted and dropped -- the pattern of
# "records as tuples" code. Every round allocates ~300,000 tuples that all
# stay alive until the round ends (container allocations that also drive the
# cyclic collector's generation-0 counter).
def run(rounds, n):
    total = 0
    for r in range(rounds):
        rows = [(i % 97, (i, r), "k") for i in range(n)]
        rows.sort()
        pairs = list(zip(rows[::2], rows[1::2]))
        total += len(pairs) + rows[-1][0] + pairs[0][1][1][0]
    return total

print(run(10, 100_000))
