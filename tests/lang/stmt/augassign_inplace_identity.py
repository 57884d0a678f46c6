# += mutates lists in place but rebinds tuples and strings
a = [1]
alias = a
a += [2]
print(a, alias, a is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
a = a + [3]
print(a, alias, a is alias)
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(tup)
calls = []
class K:
    def __getitem__(self, k):
        calls.append(("get", k)); return 1
    def __setitem__(self, k, v):
        calls.append(("set", k, v))
k = K()
k["x"] += 5
print(calls)
