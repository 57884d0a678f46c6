# class attributes versus instance attributes
class C:
    shared = []
    count = 0
    def __init__(self):
        C.count += 1
        self.own = []
a, b = C(), C()
a.shared.append(1)
a.own.append(2)
print(b.shared, b.own, C.count)
a.count = 100
print(a.count, b.count, C.count)
del a.count
print(a.count)
print(sorted(vars(a)), "shared" in vars(C))
C.new_attr = "added later"
print(a.new_attr)
try:
    print(a.missing)
except AttributeError as e:
    print(type(e).__name__, e)
print(a.__dict__ is not b.__dict__, type(C.__dict__).__name__)
