# Memory: a list of small dicts (rows of a table), built, filtered, grouped
# and dropped, several times over.
def run(rounds, n):
    out = []
    for r in range(rounds):
        rows = [{"id": i, "group": i % 13, "score": i * 0.5, "tag": "t%d" % (i % 7)}
                for i in range(n)]
        groups = {}
        for row in rows:
            if row["score"] > 10.0:
                g = groups.setdefault(row["group"], [])
                g.append(row)
        best = max(len(v) for v in groups.values())
        out.append((len(rows), len(groups), best, rows[-1]["tag"]))
    return out[-1], len(out)

print(run(8, 100_000))
