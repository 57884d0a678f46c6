# A list or set display that is only iterated or searched becomes a
# constant: `x in [1, 2]` loads the tuple (1, 2), `x in {1, 2}` the
# frozenset({1, 2}); the same for the iterable of `for` and of
# comprehensions. Those constants are merged like any other.


def in_set(x):
    return x in {1, 2}


def in_set2(x):
    return x in {1, 2}


def not_in_set(x):
    return x not in {2, 1}


def in_list(x):
    return x in [1, 2]


def in_tuple(x):
    return x in (1, 2)


print("co_consts:", in_set.__code__.co_consts, in_list.__code__.co_consts, in_tuple.__code__.co_consts)
fs1, fs2, fs3 = in_set.__code__.co_consts[1], in_set2.__code__.co_consts[1], not_in_set.__code__.co_consts[1]
print("frozenset constants merged:", type(fs1).__name__, fs1 is fs2, fs1 is fs3)
print("tuple constants merged:", in_list.__code__.co_consts[1] is in_tuple.__code__.co_consts[1])
print("results:", in_set(1), in_set(3), not_in_set(2), not_in_set(5), in_list(2), in_list(1.0))
print("by value:", in_set(True), in_set(2.0), in_list(True))


# chained comparisons: only the last operand is folded
def chain(x, y):
    return x in [1, 2, 3] in [[1, 2, 3]]


def chain_last(x):
    return 0 < x in {1, 5, 9}


print("chain:", chain(1, 0), chain(4, 0), chain_last(5), chain_last(0), chain_last(4))
print("chain co_consts:", [type(k).__name__ for k in chain_last.__code__.co_consts])


# folded items: negative numbers, tuples, operators on constants
def folded(x):
    return x in {-1, (1, 2), 2 * 3, "a" + "b"}


print("folded items:", folded(-1), folded((1, 2)), folded(6), folded("ab"), folded(7))
print("folded set size:", len(folded.__code__.co_consts[1]))


# duplicates and equal-but-different-type items keep the first one
def dup(x):
    return x in {1, 1.0, True, 2}


items = sorted(dup.__code__.co_consts[1])
print("duplicates:", items, [type(k).__name__ for k in items])


# not all constant: still works, nothing folded into a frozenset
def dynamic(x, y, z):
    return x in {y, 1}, x in [y, 1], x in [*z], x in {*z}


print("dynamic:", dynamic(3, 3, ()), dynamic(1, 9, ()), dynamic(2, 0, [2]))
print("dynamic co_consts:", [type(k).__name__ for k in dynamic.__code__.co_consts])

# unhashable operands
try:
    in_set([])
except TypeError as e:
    print("TypeError:", e)
print("list in tuple:", in_list([]))


# for loops and comprehensions
def loops():
    out = []
    for v in [10, 20]:
        out.append(v)
    for v in {7}:
        out.append(v)
    out.extend(w * 2 for w in [1, 2])
    out.extend([w for w in {5} if w])
    out.extend({w: 0 for w in [3]})
    out.extend(w + u for w in [1] for u in [100, 200])
    return out


print("loops:", loops())
print("loop constants:", sorted(repr(k) for k in loops.__code__.co_consts if isinstance(k, (tuple, frozenset))))


def loop_tuple():
    for v in (10, 20):
        pass


print("for-list tuple shared with for-tuple:",
      [k for k in loops.__code__.co_consts if k == (10, 20)][0] is loop_tuple.__code__.co_consts[1])


# a list display that is kept (assigned, returned) stays a fresh list
def keep():
    a = [1, 2]
    a.append(3)
    return a, [1, 2]


print("kept lists:", keep(), keep()[1] is keep()[1])


# set order follows the constant's construction, as in CPython
def order(x):
    return [v for v in {33, 1, 65, 2, 97, 3}], x in {1 << 40, 3, 1 << 41, 70, -1}


print("set iteration order:", order(0)[0])
print("frozenset order:", [list(k) for k in order.__code__.co_consts if isinstance(k, frozenset)])
