# json: dumps and loads of a ~1 MB document (nested dicts, lists, strings
# with escapes, ints, floats), compact and indented.
import json


def make_doc(n):
    users = []
    for i in range(n):
        users.append({
            "id": i,
            "name": "user%d" % i,
            "email": "user%d@example.com" % i,
            "score": (i * 37 % 1000) / 7.0,
            "active": i % 3 != 0,
            "tags": ["t%d" % (i % 17), "g%d" % (i % 5), "quote\"and\\slash"],
            "address": {"street": "%d Main St" % i, "zip": "%05d" % (i * 13 % 100000),
                        "geo": [i * 0.001, -i * 0.002]},
            "note": None if i % 4 else "caf\u00e9 \u2603 line\nbreak",
        })
    return {"version": 3, "users": users}


def run(n, rounds):
    doc = make_doc(n)
    total = 0
    for _ in range(rounds):
        s = json.dumps(doc)
        back = json.loads(s)
        total += len(s) + len(back["users"])
    pretty = json.dumps(doc, indent=2, sort_keys=True)
    again = json.loads(pretty)
    return len(s), total, len(pretty), again == back, back["users"][123]["score"]


print(run(3_500, 5))
