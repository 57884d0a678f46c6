# sys.getsizeof: relations that hold in CPython and gilpy (no layout constants).
import sys

P = 8  # one pointer

# lists: size grows by exactly one pointer per allocated slot
e = sys.getsizeof([])
l = []
sizes = [sys.getsizeof(l)]
for i in range(40):
    l.append(i)
    sizes.append(sys.getsizeof(l))
print("empty list smallest:", e == sizes[0], e < sys.getsizeof([1, 2, 3]))
steps = sorted({b - a for a, b in zip(sizes, sizes[1:]) if b != a})
print("list growth steps are multiples of 8:", all(s % P == 0 for s in steps))
print("slots allocated during appends:", [(s - e) // P for s in sorted(set(sizes))])
print("list(range(10)) slots:", (sys.getsizeof(list(range(10))) - e) // P)
print("[0]*7 slots:", (sys.getsizeof([0] * 7) - e) // P)
l2 = list(range(100))
while len(l2) > 3:
    l2.pop()
print("shrinks after pops:", sys.getsizeof(l2) < sys.getsizeof(list(range(100))))
l3 = [1, 2, 3]
l3.clear()
print("clear frees the array:", sys.getsizeof(l3) == e)

# tuples: one pointer per item, no over-allocation
t0 = sys.getsizeof(())
print("tuple per item:", [sys.getsizeof(tuple(range(n))) - t0 for n in range(5)])
print("(1,) is one pointer more than ():", sys.getsizeof((1,)) - sys.getsizeof(()) == P)

# ints: equal sizes for small values, growing with magnitude
print("0 and 1 same size:", sys.getsizeof(0) == sys.getsizeof(1))
print("1 and 1000 same size:", sys.getsizeof(1) == sys.getsizeof(1000))
print("2**100 bigger than 1:", sys.getsizeof(2 ** 100) > sys.getsizeof(1))
print("2**1000 bigger than 2**100:", sys.getsizeof(2 ** 1000) > sys.getsizeof(2 ** 100))
print("bool like int:", sys.getsizeof(True) == sys.getsizeof(1))
print("negatives same as positives:", sys.getsizeof(-(2 ** 100)) == sys.getsizeof(2 ** 100))

# floats: fixed size
print("float fixed size:", sys.getsizeof(0.0) == sys.getsizeof(1e300) == sys.getsizeof(float("nan")))

# str and bytes: one byte per ASCII character
s0 = sys.getsizeof("")
print("ascii str per char:", [sys.getsizeof("a" * n) - s0 for n in (1, 2, 10, 100)])
b0 = sys.getsizeof(b"")
print("bytes per byte:", [sys.getsizeof(b"x" * n) - b0 for n in (1, 2, 10, 100)])
print("bytes bigger than empty:", sys.getsizeof(b"abc") > b0)
ba = bytearray()
ba0 = sys.getsizeof(ba)
ba.extend(b"x" * 100)
print("bytearray grows:", sys.getsizeof(ba) >= ba0 + 100)

# dicts and sets grow with content
d = {}
d0 = sys.getsizeof(d)
for i in range(100):
    d[i] = i
print("dict grows:", sys.getsizeof(d) > d0, "empty dict == {}:", sys.getsizeof({}) == d0)
s = set()
st0 = sys.getsizeof(s)
s.update(range(100))
print("set grows:", sys.getsizeof(s) > st0)
print("frozenset() == set() size:", sys.getsizeof(frozenset()) == sys.getsizeof(set()))

# __sizeof__ protocol: getsizeof adds the GC header for containers only
print("list adds a header:", sys.getsizeof([]) > [].__sizeof__())
print("int adds nothing:", sys.getsizeof(12345) == (12345).__sizeof__())
print("str adds nothing:", sys.getsizeof("abc") == "abc".__sizeof__())
print("float adds nothing:", sys.getsizeof(1.5) == (1.5).__sizeof__())
print("header same for list and dict:",
      sys.getsizeof([]) - [].__sizeof__() == sys.getsizeof({}) - {}.__sizeof__())


class Sized:
    def __init__(self, n):
        self.n = n

    def __sizeof__(self):
        return self.n


print("custom __sizeof__ plus header:", sys.getsizeof(Sized(1000)) - sys.getsizeof(Sized(0)))


class Bad:
    def __init__(self, v):
        self.v = v

    def __sizeof__(self):
        return self.v


for v in ("x", 1.5, None, -1, 2 ** 100):
    try:
        print(repr(v), "->", sys.getsizeof(Bad(v)))
    except (TypeError, ValueError, OverflowError) as ex:
        print(repr(v), "->", type(ex).__name__, ex)

# the default argument replaces only a TypeError
print("default on TypeError:", sys.getsizeof(Bad("x"), "DFLT"))
print("default by keyword:", sys.getsizeof(Bad(None), default=-7))
try:
    sys.getsizeof(Bad(-1), 0)
except ValueError as ex:
    print("ValueError not replaced:", ex)
print("default unused when fine:", sys.getsizeof(Sized(5), 99) == sys.getsizeof(Sized(5)))


class Raises:
    def __sizeof__(self):
        raise KeyError("k")


try:
    sys.getsizeof(Raises(), 1)
except KeyError as ex:
    print("KeyError propagates:", ex)


class IntSub(int):
    pass


class RetIntSub:
    def __sizeof__(self):
        return IntSub(10)


print("int subclass accepted:", sys.getsizeof(RetIntSub()) == sys.getsizeof(Sized(10)))


class RetBool:
    def __sizeof__(self):
        return True


print("bool accepted:", sys.getsizeof(RetBool()) == sys.getsizeof(Sized(1)))


# __sizeof__ is looked up on the type, not the instance
o = Sized(3)
o.__sizeof__ = lambda: 10 ** 6
print("instance attribute ignored:", sys.getsizeof(o) == sys.getsizeof(Sized(3)))

# argument errors
for args, kw in (((), {}), ((1, 2, 3), {}), ((1,), {"bogus": 2})):
    try:
        sys.getsizeof(*args, **kw)
    except TypeError as ex:
        print("TypeError", type(ex).__name__)

# classes and modules have sizes too
print("type size positive:", sys.getsizeof(int) > 0, sys.getsizeof(Sized) > 0)
print("module size positive:", sys.getsizeof(sys) > 0)
print("None size positive:", sys.getsizeof(None) > 0)


# list(x) sizes a new list from len(x) exactly; a refusing __len__ is ignored
class LenRaisesTypeError:
    def __len__(self):
        raise TypeError("nope")

    def __iter__(self):
        return iter([1, 2])


class LenRaisesValueError:
    def __len__(self):
        raise ValueError("bad")

    def __iter__(self):
        return iter([1, 2])


class LenTooBig:
    def __len__(self):
        return 100

    def __iter__(self):
        return iter([1, 2])


print(list(LenRaisesTypeError()))
try:
    list(LenRaisesValueError())
except ValueError as ex:
    print("ValueError", ex)
print("over-estimated len trimmed:", list(LenTooBig()),
      (sys.getsizeof(list(LenTooBig())) - e) // P)
print("exact len:", (sys.getsizeof(list("abcde")) - e) // P, (sys.getsizeof(list((1, 2, 3))) - e) // P)
