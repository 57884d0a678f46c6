# Builtin containers and custom objects in one pickle: memo references
# shared between them, cycles through custom objects, batching and framing
# edges; bytes compared with CPython for every protocol, loads and load.
import io
import pickle
import copyreg


class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)
        self.parent = None


class Pair:
    __slots__ = ('a', 'b')

    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __reduce__(self):
        return (Pair, (self.a, self.b))

    def __eq__(self, other):
        return type(other) is Pair and (self.a, self.b) == (other.a, other.b)


class Bag(dict):
    pass


class Items(list):
    pass


def sig(b):
    return (len(b), hash(b) if False else sum(b) % 100003, b[:40])


shared = ["shared", 1.5, 2**80]
root = Node("root")
kid = Node("kid")
kid.parent = root
root.children.append(kid)
root.children.append(shared)
root.extra = {"s": shared, "t": (shared, kid), "self": root}
pair = Pair(shared, (shared, root))
bag = Bag(x=shared, y=[shared, pair])
bag["me"] = root
items = Items([1, "two", shared])
items.append(bag)
doc = {"root": root, "pair": pair, "bag": bag, "items": items, "shared": shared,
       "nums": list(range(-300, 300, 7)) + [2**31, -2**31 - 1, 2**63, -2**63, 2**200, -2**200],
       "fs": frozenset([10, 20]), "set": {1, 2, 3}, "ba": bytearray(b"xyz"),
       "tup": (1, (2, (3, shared))), "empty": [(), [], {}, set(), frozenset(), "", b""],
       "floats": [0.0, -0.0, 1e300, float("inf")]}
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    s = pickle.dumps(doc, proto)
    print(proto, len(s), s[:60], sum(s) % 100003)
    back = pickle.loads(s)
    r = back["root"]
    print("  ", r.children[0].parent is r, r.children[1] is back["shared"],
          r.extra["self"] is r, r.extra["t"][1] is r.children[0],
          back["pair"].b[1] is r, back["bag"]["me"] is r,
          type(back["bag"]).__name__, back["items"][3] is back["bag"],
          back["bag"]["y"][1] is back["pair"], back["nums"] == doc["nums"],
          back["fs"], back["set"], back["ba"], back["tup"], back["empty"], back["floats"])
    back2 = pickle.load(io.BytesIO(s))
    print("   file:", pickle.dumps(back2, proto) == pickle.dumps(back, proto))

# A tuple that contains itself through a custom object (POP / POP_MARK path)
class Holder:
    pass

h = Holder()
t = (h, [1, 2], "x")
h.t = t
for proto in range(6):
    s = pickle.dumps(t, proto)
    print(proto, s)
    b = pickle.loads(s)
    print("  ", b[0].t is b)

# Batching edges: exactly 1000 / 1001 items, and frames over 64 KiB
for n in (999, 1000, 1001, 2000):
    for proto in (1, 2, 4):
        for obj in (list(range(n)), {i: None for i in range(n)}, set(range(n)),
                    frozenset(range(n)), tuple(range(n))):
            s = pickle.dumps(obj, proto)
            print(n, proto, type(obj).__name__, len(s), sum(s) % 100003,
                  pickle.loads(s) == obj)
big = ["a" * 70000, b"b" * 70000, "c" * 100, [str(i) for i in range(20000)], bytearray(70000)]
for proto in (3, 4, 5):
    s = pickle.dumps(big, proto)
    print(proto, len(s), sum(s) % 100003, pickle.loads(s) == big,
          pickle.load(io.BytesIO(s)) == big)

# persistent_id and dispatch_table (handled by the Python path)
class P(pickle.Pickler):
    def persistent_id(self, obj):
        return "pid" if obj is shared else None

class U(pickle.Unpickler):
    def persistent_load(self, pid):
        return ["loaded", pid]

for proto in (0, 2, 4):
    f = io.BytesIO()
    P(f, proto).dump([shared, {"k": shared}, Pair(1, shared)])
    print(proto, f.getvalue())
    f.seek(0)
    r = U(f).load()
    print("  ", r[:2], r[2].a, r[2].b)

f = io.BytesIO()
p = pickle.Pickler(f, 4)
p.dispatch_table = copyreg.dispatch_table.copy()
p.dispatch_table[Pair] = lambda o: (tuple, ((o.a, o.b),))
p.dump([Pair(1, 2), {"p": Pair(3, shared)}, shared])
print(f.getvalue(), pickle.loads(f.getvalue()))

# The memo is shared with Python: Pickler.memo after dump, and memo reuse
f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.dump(shared)
p.dump([shared, shared])
print(f.getvalue())
f.seek(0)
u = pickle.Unpickler(f)
a = u.load()
b = u.load()
print(a, b, b[0] is a, b[1] is a)

# Errors keep CPython's messages
for bad in [b"\x80\x04]\x94(K\x01e", b"\x80\x02h\x05.", b"(t.", b"0.", b"\x80\x02K\x01a.",
            b"\x80\x02}K\x01K\x02\x87u.", b"\x80\x02(K\x01K\x02K\x03d.", b"", b"\x80\x02X\x02\x00\x00\x00\xff\xfe."]:
    try:
        print(pickle.loads(bad))
    except Exception as e:
        print(type(e).__name__, e)

class Mut:
    def __init__(self, d):
        self.d = d
    def __reduce__(self):
        self.d["new"] = 1
        return (Mut, (None,))

d = {"a": 1}
d["m"] = Mut(d)
d["z"] = 2
for proto in (0, 2):
    try:
        pickle.dumps(d, proto)
    except RuntimeError as e:
        print("RuntimeError", e)
    del d["new"]

deep = []
for i in range(100000):
    deep = [deep]
try:
    pickle.dumps(deep)
except RecursionError as e:
    print("RecursionError")
