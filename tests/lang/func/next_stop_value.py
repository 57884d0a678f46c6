# next() passes on StopIteration(value) raised by a class __next__ (and generators); loops still end cleanly.
def g():
    yield 1
    return 5
it = g(); next(it)
try: next(it)
except StopIteration as e: print("gen", e.value)
class C:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(7)
try: next(C())
except StopIteration as e: print("cls", e.value)
print(next(C(), "dflt"), list(C()))
for x in C(): print(x)
def d():
    r = yield from C()
    print("yf", r)
    yield 2
print(list(d()))
