# sets of tuples and frozensets; membership and dedup
seen = set()
out = []
for item in [3, 1, 3, 2, 1, 4]:
    if item not in seen:
        seen.add(item)
        out.append(item)
print(out, seen)
pairs = {(1, 2), (2, 1), (1, 2)}
print(len(pairs), (2, 1) in pairs, sorted(pairs))
fs = {frozenset({1, 2}), frozenset({2, 1}), frozenset()}
print(len(fs), frozenset({1, 2}) in fs)
print({n % 3 for n in range(10)}, {x for x in "aabbcc"} == set("abc"))
print(sorted({-5, 3, -1}), min({4, 2, 8}), sum({1, 2, 3}), len({0, False, 0.0}))
