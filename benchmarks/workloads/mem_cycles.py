# Memory: 200,000 pairs of instances in reference cycles (a.other = b;
# b.other = a). Reference counting can free none of them; only the cyclic
# collector can.
#   phase 1: create and drop the pairs one by one -- garbage piles up until
#            generation 0 passes its threshold and a collection frees it;
#   phase 2: keep all 200,000 pairs alive in a list, then drop the list and
#            free them with one gc.collect() -- peak RSS here is the size of
#            400,000 live instances.
import gc

class Node:
    def __init__(self, ident):
        self.ident = ident
        self.other = None

def churn(n):
    total = 0
    for i in range(n):
        a = Node(i)
        b = Node(-i)
        a.other = b
        b.other = a
        total += a.other.ident - b.other.ident
    return total

def hold(n):
    pairs = []
    for i in range(n):
        a = Node(i)
        b = Node(-i)
        a.other = b
        b.other = a
        pairs.append(a)
    total = sum(p.other.ident for p in pairs)
    del pairs, a, b
    found = gc.collect()
    return total, found >= 2 * n

gc.collect()
print(churn(200_000), gc.collect() < 2000)
print(hold(200_000))
