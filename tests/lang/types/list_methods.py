# list methods
l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0); l.insert(100, 7); l.insert(-1, 6.5)
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(6.5)
print(l, l.index(2), l.count(1), l.index(5, 2))
for bad in [lambda: l.remove(99), lambda: l.index(99), lambda: [].pop(), lambda: l.pop(50)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
c = l.copy(); l.clear()
print(l, c)
c.reverse(); print(c)
print([1, 2] + [3], [0] * 3, [[]] * 2, 3 * [1], [1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0])
print(list("abc"), list(range(3)), list({1: 2}), list((1,)), list())
nested = [[0] * 2] * 2
nested[0][0] = 9
print(nested)
