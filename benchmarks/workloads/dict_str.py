# Dict and string work: word counting, joins, formatting.
def run(n):
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    counts = {}
    for i in range(n):
        w = words[i % len(words)] + str(i % 97)
        counts[w] = counts.get(w, 0) + 1
    keys = sorted(counts)
    text = ",".join("%s=%d" % (k, counts[k]) for k in keys)
    parts = text.split(",")
    upper = [p.upper() for p in parts if p.startswith("a") or p.endswith("7")]
    return len(counts), len(text), len(upper), sum(len(u) for u in upper)

print(run(400_000))
