# dataclasses
from dataclasses import dataclass, field
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
a = Item("pen", 1.5)
b = Item("pen", 1.5)
print(a, a == b, a is b)
a.tags.append("office")
print(a.tags, b.tags)
@dataclass(frozen=True, order=True)
class P:
    x: int
    y: int = 0
print(sorted([P(2, 1), P(1, 5), P(1, 2)]))
try:
    P(1).x = 5
except Exception as e:
    print(type(e).__name__, e)
print(hash(P(1, 2)) == hash(P(1, 2)))
