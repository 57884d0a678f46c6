# __hash__ return values
class H:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
    def __eq__(self, o): return True
print(hash(H(5)), hash(H(-1)), hash(H(2 ** 100)) == hash(2 ** 100))
class BadHash:
    def __hash__(self): return "no"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
d = {H(1): "a"}
d[H(1)] = "b"
print(len(d), list(d.values()))
class Unhashable:
    __hash__ = None
try:
    {Unhashable()}
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash([])
except TypeError as e:
    print(type(e).__name__, e)
