# sorting: stability, key, reverse
people = [("bob", 25), ("amy", 30), ("cid", 25), ("dan", 30), ("eve", 20)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
l = [5, 2, 8, -1, 0]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
words.sort(key=str.lower)
print(words)
print(sorted([3, 1, 2], reverse=True), sorted([]), sorted("cab"), sorted([(1, "b"), (1, "a"), (0, "z")]))
try:
    [1, "a"].sort()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([1.5, 1, True, -2]), sorted([[2], [1, 5], [1]]))
data = [(i % 3, i) for i in range(10)]
print(sorted(data, key=lambda t: t[0]))
try:
    sorted([1], key=5)
except TypeError as e:
    print(type(e).__name__, e)
