# set mutating methods
s = {3, 1}
s.add(2); s.add(2)
print(s)
s.discard(10); s.remove(1)
print(s)
try:
    s.remove(10)
except KeyError as e:
    print(type(e).__name__, e)
print(s.pop() in {2, 3}, len(s))
s.update([5, 6], {7})
print(sorted(s))
s.intersection_update({5, 6, 100})
print(s)
s.difference_update([5])
print(s)
s.symmetric_difference_update({6, 8})
print(s)
s.clear()
print(s, set(), bool(s))
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
print({x % 5 for x in range(100)}, set(range(5)) == {0, 1, 2, 3, 4})
