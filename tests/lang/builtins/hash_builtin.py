# hash() of numbers and tuples is deterministic
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100))
print(hash(1.0), hash(0.5), hash(-0.0), hash(1.5), hash(True), hash(False))
print(hash(float("inf")), hash(float("-inf")), hash(complex(1, 0)), hash(1j))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash((None,)) == hash((None,)))
print(hash(frozenset()) , hash(-(2 ** 63)))
print(hash(10 ** 20) == hash(float(10 ** 20)) == hash(10 ** 20 * 1.0))
