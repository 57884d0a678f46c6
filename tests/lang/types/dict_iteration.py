# iteration order after deletes and re-inserts; comprehension
d = {}
for i in range(10):
    d[i] = i * i
for i in range(0, 10, 3):
    del d[i]
d[0] = "back"
print(d)
print({k: v for k, v in d.items() if isinstance(v, int) and v > 10})
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
big = {i: i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:])
print(list(zip(d, d.values()))[:2])
