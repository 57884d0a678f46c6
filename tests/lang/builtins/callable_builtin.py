# callable()
class WithCall:
    def __call__(self): pass
class Without: pass
def f(): pass
for obj in [f, len, lambda: 0, WithCall(), Without(), WithCall, Without, 5, "s", [].append, str.upper, None, print]:
    print(type(obj).__name__, callable(obj))
