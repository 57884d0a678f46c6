# __repr__, __str__ and __format__
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __format__(self, spec):
        if spec == "cents":
            return f"{self.cents}c"
        return format(str(self), spec)
m = Money(1234)
print(m, repr(m), str(m), [m], f"{m}", f"{m!r}", f"{m:cents}", f"[{m:>10}]")
print("%s %r" % (m, m), "{0} {0!r} {0:cents}".format(m))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr!"
print(OnlyRepr(), str(OnlyRepr()))
class Default:
    pass
print(format(5, ""), str(Default.__repr__ is object.__repr__))
class BadStr:
    def __str__(self):
        return 42
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(Default(), "x")
except TypeError as e:
    print(type(e).__name__, e)
