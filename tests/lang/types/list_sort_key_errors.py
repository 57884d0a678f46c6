# sort with keys that fail or mutate
l = [3, "a", 1]
try:
    l.sort()
except TypeError as e:
    print(type(e).__name__, e)
print(l in ([3, "a", 1], [1, 3, "a"], [3, 1, "a"]) or True)
data = [5, 3, 1]
def key(x):
    if x == 1:
        raise ValueError("bad key")
    return x
try:
    data.sort(key=key)
except ValueError as e:
    print(type(e).__name__, e, data)
nums = [3, 1, 2]
try:
    nums.sort(key=lambda v: nums.append(v) or v)
except ValueError as e:
    print(type(e).__name__, e)
print(sorted([[3], [1, 2], []], key=len), sorted("Hello", key=str.lower))
