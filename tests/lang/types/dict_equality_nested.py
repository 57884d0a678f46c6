# equality and copying of nested dicts
a = {"x": [1, {"y": (2, 3)}], "z": None}
b = {"z": None, "x": [1, {"y": (2, 3)}]}
print(a == b, a is b, a != b)
c = a.copy()
c["x"].append("shared")
print(a["x"])
import copy
d = copy.deepcopy(a)
d["x"][1]["y"] = "changed"
print(a["x"][1], d["x"][1])
print({1: 1} == {1.0: 1.0}, {"a": 1} == {"a": 1, "b": 2}, {} == dict())
try:
    {1: 2} < {1: 2}
except TypeError as e:
    print(type(e).__name__, e)
