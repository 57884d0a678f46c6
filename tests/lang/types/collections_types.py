# Counter, defaultdict, OrderedDict, namedtuple
from collections import Counter, defaultdict, OrderedDict, namedtuple
c = Counter("abracadabra")
print(c.most_common(2), c["a"], c["z"], sorted(c.elements())[:4])
c.update("aaz")
print(c["a"], c["z"], sum(c.values()))
dd = defaultdict(list)
for k, v in [("x", 1), ("y", 2), ("x", 3)]:
    dd[k].append(v)
print(dict(dd), dd["new"], len(dd))
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(list(od), od.popitem(last=False))
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), P._fields)
x, y = p
print(x + y, isinstance(p, tuple))
