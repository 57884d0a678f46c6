# hash of equal strings/bytes is equal within a run (values vary between runs)
print(hash("abc") == hash("ab" + "c"), hash(b"abc") == hash(bytes("abc", "ascii")))
print(hash("") == hash(""), hash("") == 0, hash(b"") == 0)
print(hash(("a", 1)) == hash(("a", 1)), hash(frozenset("ab")) == hash(frozenset("ba")))
d = {"x" * 10: 1}
print(d["xxxxxxxxxx"])
