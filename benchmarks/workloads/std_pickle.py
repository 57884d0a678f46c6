# pickle: dumps and loads of a ~1 MB structure (dicts, lists, strs, ints,
# floats, a few shared sub-objects), protocols 2 and 4 (the default).
import pickle


def make_doc(n):
    shared_tags = ["red", "green", "blue"]
    rows = []
    for i in range(n):
        rows.append({
            "id": i,
            "name": "item%d" % i,
            "price": (i * 37 % 1000) / 7.0,
            "big": i * 1_000_003 * 2**20,
            "flags": [i % 2 == 0, i % 3 == 0, None],
            "tags": shared_tags,
            "pos": (i, -i, i * 0.5),
            "note": "caf\u00e9 \u2603" if i % 5 == 0 else "plain note %d" % i,
        })
    return {"version": 4, "rows": rows}


def checksum(doc):
    total = 0
    for r in doc["rows"]:
        total += r["id"] + len(r["name"]) + int(r["price"]) + r["big"] % 997
    return total


def run(n, rounds):
    doc = make_doc(n)
    sizes = []
    total = 0
    for proto in (2, 4):
        for _ in range(rounds):
            data = pickle.dumps(doc, proto)
            back = pickle.loads(data)
            total += checksum(back)
        sizes.append(len(data))
    return sizes, total, back == doc, back["rows"][7]["tags"] is back["rows"][8]["tags"]


print(run(8_000, 3))
