# dict.fromkeys shares one value object; setdefault patterns
d = dict.fromkeys(["a", "b"], [])
d["a"].append(1)
print(d)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get))
