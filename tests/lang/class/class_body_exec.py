# class bodies are executed code
class C:
    print("executing class body")
    items = []
    for i in range(3):
        items.append(i * i)
    del i
    if items:
        flag = True
    def method(self):
        return self.items
print(C.items, C.flag, hasattr(C, "i"))
print(sorted(k for k in vars(C) if not k.startswith("__")))
class Empty: pass
print(Empty.__name__, Empty.__module__, Empty.__bases__, Empty.__dict__.get("x"))
T = type("T", (Empty,), {"z": 1, "f": lambda self: self.z + 1})
print(T().f(), T.__name__, T.__bases__[0].__name__)
