# dataclasses: class creation (decorator processing) and instance
# construction with defaults and default_factory, equality, repr, ordering.
from dataclasses import dataclass, field


def run(n):
    made = []
    for i in range(60):
        @dataclass(order=True)
        class C:
            a: int
            b: str = "x"
            c: list = field(default_factory=list)
        made.append(C)

    @dataclass
    class Point:
        x: float
        y: float = 0.0

    @dataclass(frozen=True)
    class Key:
        k: int
        tag: str = "t"

    total = 0.0
    pts = []
    for i in range(n):
        p = Point(i * 0.5, y=i)
        total += p.x + p.y
        pts.append(p)
    keys = {Key(i % 1000): i for i in range(n // 2)}
    C = made[-1]
    cs = sorted(C(i % 97, str(i)) for i in range(n // 10))
    eq = sum(1 for i in range(0, n - 1, 2) if pts[i] == pts[i + 1])
    return total, len(keys), repr(cs[0]), repr(pts[7]), eq, len(made)


print(run(200_000))
