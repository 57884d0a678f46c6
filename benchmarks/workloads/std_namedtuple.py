# collections.namedtuple: class creation, instance creation (positional and
# keyword), attribute access, _replace/_asdict, unpacking, as dict keys.
from collections import namedtuple


def run(n):
    classes = [namedtuple("Rec%d" % i, ["a", "b", "c", "d"], defaults=[0]) for i in range(200)]
    Point = namedtuple("Point", "x y z")
    total = 0
    pts = []
    for i in range(n):
        p = Point(i, i + 1, z=i + 2)
        total += p.x + p.y * 2 + p.z
        pts.append(p)
    for p in pts:
        x, y, z = p
        total += x - p[2]
    reps = [pts[i]._replace(x=-1) for i in range(0, n, 10)]
    dicts = [pts[i]._asdict() for i in range(0, n, 50)]
    seen = {}
    for p in pts[:50_000]:
        seen[Point(p.x % 100, p.y % 7, 0)] = p
    r = classes[7](1, 2, 3)
    made = [Point._make((i, i, i)) for i in range(0, n, 20)]
    return total, len(reps), reps[5], dicts[3], len(seen), r, repr(made[-1]), classes[199].__name__


print(run(300_000))
