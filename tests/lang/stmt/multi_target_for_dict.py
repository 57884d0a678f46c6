# iterating dict items/keys/values in insertion order, updating values in place
scores = {"bob": 3, "amy": 5, "cid": 1}
for name, s in scores.items():
    print(name, s)
for name in scores:
    scores[name] *= 2
print(scores)
for v in scores.values():
    print(v, end=" ")
print()
total = 0
for k in sorted(scores, key=scores.get):
    total += scores[k]
    print(k, total)
