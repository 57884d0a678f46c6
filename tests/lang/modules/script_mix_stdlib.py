# an everyday script touching many modules at once
import os, json, re, collections, itertools, functools, math, random, string, sys, time, datetime, heapq, bisect, statistics, struct, textwrap, pprint, dataclasses, enum, typing, copy
path = "words_tmp.txt"
with open(path, "w") as f:
    f.write("the quick brown fox\njumps over the lazy dog\nThe end.\n")
with open(path) as f:
    words = re.findall(r"[a-z]+", f.read().lower())
os.remove(path)
cnt = collections.Counter(words)
print(cnt.most_common(3), len(words), sorted(set(words))[:4])
data = {"name": "gilpy", "tags": ["a", "b"], "n": 3, "ok": True, "none": None, "pi": 3.14}
s = json.dumps(data, indent=2, sort_keys=True)
print(s)
print(json.loads(s) == data)
@dataclasses.dataclass(order=True)
class Item:
    price: float
    name: str = dataclasses.field(compare=False)
items = [Item(3.5, "x"), Item(1.25, "y"), Item(2.0, "z")]
print(sorted(items)[0], max(items).name)
class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(list(Color), Color(2), Color["RED"].value)
print(f"{'name':<10}|{'qty':>5}|{'price':>8}")
for n, q, p in [("apple", 3, 0.5), ("banana", 12, 0.25)]:
    print(f"{n:<10}|{q:>5d}|{p:>8.2f}")
random.seed(1234)
print(random.randint(1, 100), random.choice("abc"), random.sample(range(10), 3), round(random.random(), 6))
print(math.factorial(20), math.gcd(48, 18), math.isqrt(99), math.comb(10, 3), f"{math.pi:.5f}")
print(list(itertools.accumulate([1, 2, 3])), functools.reduce(lambda a, b: a * b, range(1, 6)))
print(struct.pack("<hI", 1, 2), struct.unpack(">I", b"\x00\x00\x01\x00"))
print(textwrap.fill("lorem ipsum dolor sit amet " * 3, width=30))
pprint.pprint({"k%d" % i: list(range(i)) for i in range(6)})
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.stdev([1, 2, 3, 4]))
d = datetime.date(2024, 2, 29) + datetime.timedelta(days=1)
print(d, d.strftime("%A %d %B %Y"), datetime.datetime(2024, 1, 1, 12, 30).isoformat())
h = [5, 1, 4]; heapq.heapify(h); print(heapq.heappop(h), bisect.bisect([1, 3, 5], 4))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@host you@there"), re.split(r"\s*,\s*", "a , b,c"))
m = re.match(r"(?P<y>\d{4})-(?P<m>\d\d)", "2024-05-01")
print(m.group("y"), m.groupdict(), m.span())
print(sys.version_info[:2], sys.platform, type(sys.maxsize).__name__)
print(string.ascii_uppercase[:5], copy.deepcopy([[1], [2]]))
def memo_fib():
    @functools.lru_cache(maxsize=None)
    def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
    return fib(80)
print(memo_fib())
T = typing.TypeVar("T")
def first(xs: typing.List[T]) -> typing.Optional[T]: return xs[0] if xs else None
print(first([9]), first([]))
