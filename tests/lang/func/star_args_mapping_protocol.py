# ** and * in calls and displays: dict subclasses read directly, other mappings via keys(), error messages
def f(*a, **k): return a, k
class D1(dict):
    def __getitem__(self, k): return "overridden"
class D2(dict):
    def __iter__(self): return iter(["x"])
    def keys(self): return ["a"]
class T1(tuple):
    def __iter__(self): return iter("xyz")
print(f(**D1(a=1)), f(**D2(a=1)), f(*T1((1, 2))))
for src in ["{**[1]}", "f(**{1: 2})", "f(**{'a': 1}, **{'a': 2})", "f(a=1, **{'a': 2})", "f(**1)", "f(*1)", "f(1, *2)", "{**{'a': 1}, 'b': 2, **D1(c=3)}"]:
    try: print(src, eval(src))
    except TypeError as e: print(src, "->", e)
class M:
    def keys(self): return ["p", "q"]
    def __getitem__(self, k): return k * 2
print(f(**M()), {**M()})
