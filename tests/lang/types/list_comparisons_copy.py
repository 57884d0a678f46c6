# shallow vs deep copies of nested lists
import copy
a = [[1, 2], [3]]
shallow = a[:]
deep = copy.deepcopy(a)
a[0].append(99)
print(a, shallow, deep)
print(list(a) is not a, copy.copy(a) == a)
b = [1]
b.append(b)
print(b, b[1] is b)
d = {"k": b}
print(repr(d))
