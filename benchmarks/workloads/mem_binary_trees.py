# Memory: the benchmarks game's binary-trees. Build and drop many complete
# binary trees of tuples; keep one long-lived tree throughout. Almost all of
# the time is allocating and freeing 2-tuples.
def make(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make(depth), make(depth))

def check(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check(left) + check(right)

def run(max_depth):
    min_depth = 4
    lines = ["stretch tree of depth %d check: %d" % (max_depth + 1, check(make(max_depth + 1)))]
    long_lived = make(max_depth)
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + min_depth)
        total = 0
        for _ in range(iterations):
            total += check(make(depth))
        lines.append("%d trees of depth %d check: %d" % (iterations, depth, total))
    lines.append("long lived tree of depth %d check: %d" % (max_depth, check(long_lived)))
    return "\n".join(lines)

print(run(15))
