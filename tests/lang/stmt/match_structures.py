# match: sequence, mapping, class and as-patterns
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def m(v):
    match v:
        case []:
            return "empty seq"
        case [x]:
            return f"one {x}"
        case [x, y, *rest]:
            return f"many {x} {y} {rest}"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} {extra}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis {yy}"
        case Point(a, b) as p:
            return f"point {a},{b} {type(p).__name__}"
        case str() | bytes():
            return "text"
    return "no match"
for v in [[], [1], (1, 2, 3, 4), {"type": "user", "name": "ann", "age": 3},
          Point(0, 0), Point(0, 5), Point(2, 3), "s", b"b", 3.0, {"type": "x"}]:
    print(m(v))
