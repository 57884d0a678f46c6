# Memory: millions of short-lived small objects. Each iteration makes a few
# ints and floats and a 3-tuple that die on the next iteration, so the cost
# is allocation and deallocation (free lists, the small-object allocator),
# not the arithmetic.
def run(n):
    acc = 0.0
    last = None
    for i in range(n):
        x = i * 3 + 1000          # outside the small-int cache
        y = x * 0.5
        t = (x, y, i - x)
        last = t
        acc += t[1] - t[2] * 0.25
    return round(acc, 3), last

print(run(2_000_000))
