# subclassing built-ins: dict with __missing__, list with extra methods
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "banana":
    c[ch] += 1
print(c, c["z"], "z" in c)
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1])
s.push(2)
print(s, s.peek(), len(s), type(s + [3]).__name__, isinstance(s, list))
class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n.shout(), n == "bob", type(n.upper()).__name__)
