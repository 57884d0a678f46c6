"""How Python manages memory, observed: run this one first.

    build/gilpy examples/memory_model.py          (or: python3 examples/memory_model.py)
    build/gilpy examples/memory_model.py --portable

The notes in /work/shared/seeds/ (Chinese notes on CPython internals) make a
series of claims about memory: every object carries a reference count and a
type, small ints and identifier-like strings are shared, an object is freed
the moment its count drops to zero, reference cycles need a separate
mark-and-sweep collector with three generations (thresholds 700, 10, 10),
small objects come from a memory pool. This script checks each claim by
printing what the interpreter actually does, with a line or two of
explanation. Where a note is out of date for Python 3.11 the script says so.

Everything printed is the same under gilpy and CPython 3.11, except the
sections marked "gilpy only", which show internals CPython does not expose;
--portable skips them (the test suite compares the --portable output with
examples/memory_model.exp, which CPython printed). Nothing printed depends
on addresses, timings or the exact number of objects the interpreter
happens to hold.
"""
import gc
import io
import os
import sys
import weakref

GILPY = sys.implementation.name == "gilpy"
PORTABLE = "--portable" in sys.argv[1:]


def section(title):
    print()
    print(title)
    print("-" * len(title))


def show(label, value):
    print("  %-46s %s" % (label, value))


def note(text):
    for line in text.strip().splitlines():
        print("    # " + line.strip())


def capture_fd2(func):
    """Run func() with file descriptor 2 redirected to a pipe and return what
    it wrote: sys._debugmallocstats() writes with C stdio, not sys.stderr.
    (Its report is a few KiB, far below a pipe's 64 KiB buffer.)"""
    sys.stderr.flush()
    r, w = os.pipe()
    saved = os.dup(2)
    os.dup2(w, 2)
    try:
        func()
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(w)
    chunks = []
    while True:
        chunk = os.read(r, 65536)
        if not chunk:
            break
        chunks.append(chunk)
    os.close(r)
    return b"".join(chunks).decode()


print("The Python memory model, observed")

# ---------------------------------------------------------------------------
section("1. Every value is an object with a header")
note("""
Seeds 000/002: each object holds a reference count, a pointer to its type,
and its value; even an int is a full heap object, there are no value types.
""")
x = 2337
y = x
show("type(x):", type(x).__name__)
show("y = x copies the reference (y is x):", y is x)
x = x + 1
show("x = x + 1 makes a new object (y is x):", y is x)
show("...and y still sees the old value:", y)
show("sys.getsizeof(object()):", sys.getsizeof(object()))
show("sys.getsizeof(1.0):", sys.getsizeof(1.0))
show("sys.getsizeof(0), (1), (2**30):",
     (sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2 ** 30)))
note("""
On 64-bit: the header is 16 bytes (refcount + type pointer); object() is
just the header; a float adds an 8-byte double; an int adds a digit count
(8 bytes) and 4-byte digits of 30 bits each (at least one, even for 0).
""")

# ---------------------------------------------------------------------------
section("2. Small ints -5..256 are preallocated and shared")
note("""
Seeds 000/002: integers in [-5, 257) are created once at start-up; asking
for one returns the shared object instead of allocating.
""")
show("int('256') is int('256'):", int("256") is int("256"))
show("int('257') is int('257'):", int("257") is int("257"))
show("int('-5') is int('-5'):", int("-5") is int("-5"))
show("int('-6') is int('-6'):", int("-6") is int("-6"))
n = 200
show("computed: (n + 56) is (n + 56):", (n + 56) is (n + 56))
show("computed: (n + 57) is (n + 57):", (n + 57) is (n + 57))
a = 257
b = 257
show("a = 257; b = 257; a is b:", a is b)
note("""
The last one is True for a different reason: the compiler stores the
constant 257 once per code object and both names load that one object.
""")
show("sys.getrefcount(1) > 1_000_000:", sys.getrefcount(1) > 1_000_000)
note("""
Seed 002: a cached small int's count never reaches zero. Both gilpy and
CPython 3.11 start these objects with a huge count, so it never will.
""")

# ---------------------------------------------------------------------------
section("3. Strings: interning")
note("""
Seed 002: names such as "__name__" occur everywhere, so identifier-like
string constants are interned (one shared object per value); strings
built at run time are not, unless passed to sys.intern().
""")
lit = "hello_world"
built = "".join(["hello_", "world"])
show("literal == built at run time:", lit == built)
show("literal is built at run time:", lit is built)
show("sys.intern(built) is literal:", sys.intern(built) is lit)
ns = {}
exec("s = 'hello_world'\nt = 'hello world!'", ns)
show("identifier-like constant, other code: is:", ns["s"] is lit)
show("'hello world!' constant, other code: is:", ns["t"] is "hello world!"[:])
spaced = "".join(["hello ", "world!"])
show("sys.intern works for any str:", sys.intern(spaced) is sys.intern(ns["t"]))
show("single characters are cached (chr(200)):", chr(200) is chr(200))
note("""
"hello world!" is not identifier-like (space, '!'), so the compiler did not
intern it. Interned strings are not immortal: when the last reference
goes, the string is freed and leaves the table (seed 002).
""")

# ---------------------------------------------------------------------------
section("4. Reference counts rise and fall")
note("""
Seed 004: every object counts the references to it; sys.getrefcount shows
the count, plus one for its own argument.
""")


class Thing:
    pass


t = Thing()
show("a fresh object bound to one name:", sys.getrefcount(t))
t2 = t
show("after `t2 = t`:", sys.getrefcount(t))
slots = [t, t]
show("after putting it twice in a list:", sys.getrefcount(t))
holder = {"k": t}
show("as a dict value:", sys.getrefcount(t))
del t2, slots, holder
show("after `del t2, slots, holder`:", sys.getrefcount(t))


def count_in_call(arg):
    return sys.getrefcount(arg)


show("inside a call (the parameter is one more):", count_in_call(t))
show("back after the call:", sys.getrefcount(t))

# ---------------------------------------------------------------------------
section("5. Count zero means freed at once")
note("""
Seed 002: when the count drops to 0 the object is freed immediately and
its __del__ runs -- not "later, when the collector gets round to it".
""")


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("    __del__ of", self.name)


print("  del of the only name:")
n1 = Noisy("n1")
del n1
print("  rebinding the only name:")
n2 = Noisy("n2 (old)")
n2 = Noisy("n2 (new)")
print("  a local at function return:")


def use_local():
    loc = Noisy("local")
    print("    function returning")


use_local()
print("  popping it out of a list:")
box = [Noisy("in list")]
box.pop()
print("  a weak reference does not keep it alive:")
n3 = Noisy("n3")
wr = weakref.ref(n3)
del n3
show("weakref dead right after del:", wr() is None)
print("  (end of section; n2 (new) is still alive)")
del n2

# ---------------------------------------------------------------------------
section("6. Cycles: only the collector frees them")
note("""
Seeds 000/001/002: a group of objects that refer to each other keeps
every count above 0, so reference counting alone never frees it. The
cyclic collector (mark and sweep, over container objects only) finds
such groups; gc.collect() returns how many unreachable objects it found.
""")


class Node:
    def __init__(self, name):
        self.name = name


def died(ref):
    print("    weakref callback: a node of the cycle died")


gc.collect()
a = Node("a")
b = Node("b")
a.other = b
b.other = a
wa = weakref.ref(a, died)
del a, b
show("after `del a, b` the pair is still alive:", wa() is not None)
print("  gc.collect():")
found = gc.collect()
show("gc.collect() returned:", found)
show("alive now:", wa() is not None)

print("  a cycle of objects that have __del__:")
p = Noisy("p")
q = Noisy("q")
p.other = q
q.other = p
del p, q
found = gc.collect()
show("gc.collect() returned:", found)
show("gc.garbage:", gc.garbage)
note("""
Seed 002 says a cycle with __del__ is never collected and leaks: that was
Python 2. Since Python 3.4 (PEP 442) the finalizers run and the cycle is
freed; gc.garbage stays empty.
""")
show("is_tracked: 1, 'x', [], Thing():",
     (gc.is_tracked(1), gc.is_tracked("x"), gc.is_tracked([]),
      gc.is_tracked(Thing())))
show("is_tracked: {}, {'k': 1}, {'k': []}:",
     (gc.is_tracked({}), gc.is_tracked({"k": 1}), gc.is_tracked({"k": []})))
note("""
Only containers can be part of a cycle, so only they are tracked; a dict
holding only atomic values is not tracked until it gets a container.
""")
try:
    weakref.ref([])
except TypeError as e:
    show("weakref.ref([]):", "TypeError: %s" % e)
note("Seed 002: lists and dicts do not support weak references (true).")

# ---------------------------------------------------------------------------
section("7. Generations and thresholds")
note("""
Seed 001: three generations; generation 0 is collected when allocations
minus deallocations of containers exceed 700; generation 1 after 10
collections of generation 0; generation 2 after 10 of generation 1.
Survivors move one generation up.
""")
show("gc.get_threshold():", gc.get_threshold())
gc.collect()
show("gc.get_count() right after gc.collect():", gc.get_count())
kept = [[] for _ in range(100)]
show("100 new lists: get_count()[0] >= 100:", gc.get_count()[0] >= 100)

seen = []


def on_gc(phase, info):
    if phase == "stop":
        seen.append(info["generation"])


gc.callbacks.append(on_gc)
kept = [[] for _ in range(3000)]
gc.callbacks.remove(on_gc)
show("3000 more: automatic collections ran:", len(seen) >= 3)
show("...all of generation 0:", sorted(set(seen)))
show("...and get_count()[0] is back under 700:", gc.get_count()[0] < 700)
del kept

survivor = [1]
gc.collect(0)
show("survivor of collect(0) is in generation 1:",
     any(o is survivor for o in gc.get_objects(1)))
gc.collect(1)
show("survivor of collect(1) is in generation 2:",
     any(o is survivor for o in gc.get_objects(2)))

print("  gc.set_debug(gc.DEBUG_STATS) while collecting one cycle:")
gc.collect()
a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
saved_stderr = sys.stderr
sys.stderr = buf = io.StringIO()
gc.set_debug(gc.DEBUG_STATS)
gc.collect()
gc.set_debug(0)
sys.stderr = saved_stderr
for line in buf.getvalue().splitlines():
    if "objects in" in line:
        line = line.split(":")[0] + ": ..."        # counts vary
    elif "elapsed" in line:
        line = line.rsplit(",", 1)[0] + ", ...s elapsed"
    print("    " + line)
note("""
The debug output goes to sys.stderr (captured here); the object counts
and the time are elided because they depend on the interpreter.
""")

# ---------------------------------------------------------------------------
section("8. gc.freeze(): park everything in a permanent generation")
note("""
For servers that fork: frozen objects are never scanned again, so the
collector does not touch (and copy) the pages shared with the children.
""")
gc.collect()
a = Node("a")
b = Node("b")
a.other = b
b.other = a
wa = weakref.ref(a, died)
del a, b
gc.freeze()
show("get_freeze_count() > 0:", gc.get_freeze_count() > 0)
show("collect() with the dead cycle frozen:", gc.collect())
show("the frozen cycle is still alive:", wa() is not None)
print("  gc.unfreeze(); gc.collect():")
gc.unfreeze()
show("get_freeze_count():", gc.get_freeze_count())
show("collect() returned:", gc.collect())
show("alive:", wa() is not None)

# ---------------------------------------------------------------------------
section("9. Memory pools and free lists")
note("""
Seeds 001/002/004: small objects come from a pool allocator (pymalloc)
that carves 256 KiB arenas into pools of same-size blocks, and freed
objects of some types go to per-type free lists for reuse.
""")
report = capture_fd2(sys._debugmallocstats)
print("  sys._debugmallocstats(), first line:")
print("    " + report.splitlines()[0])
note("""
Seed 001 says "objects under 256 bytes": that was Python 2 to 3.7; since
3.8 the pool serves requests up to 512 bytes, bigger ones go to malloc.
""")
lst = []
old_id = id(lst)
del lst
show("a freed list's memory is reused by the next:", id([]) == old_id)
note("""
Seed 002: freed list objects are kept (up to 80) for reuse, so the next
list gets the same address. Addresses themselves are never printed here.
""")

# ---------------------------------------------------------------------------
if GILPY and not PORTABLE:
    section("10. gilpy only: the allocator's own report")
    note("""
    gilpy's small-object allocator (interp/mem/obmalloc.c) keeps the same
    books as pymalloc: size classes of 16 bytes, 4 KiB pools, 256 KiB arenas.
    Block counts depend on what ran before this line.
    """)
    for line in report.splitlines()[1:]:
        if line.strip():
            print("    " + line)
    print()
    print("  Also try:  build/gilpy -X showrefcount examples/memory_model.py")
    print("  which prints the total reference count and live blocks at exit.")

print()
print("done")
