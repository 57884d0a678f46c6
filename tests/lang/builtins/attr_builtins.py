# getattr / setattr / hasattr / delattr
class C:
    x = 1
c = C()
print(getattr(c, "x"), getattr(c, "y", "default"), hasattr(c, "x"), hasattr(c, "y"))
setattr(c, "y", 5)
setattr(c, "with space", "odd but allowed")
print(c.y, getattr(c, "with space"), sorted(vars(c)))
delattr(c, "y")
print(hasattr(c, "y"))
for bad in [lambda: getattr(c, "nope"), lambda: delattr(c, "nope"), lambda: getattr(c, 5),
            lambda: setattr(5, "real", 1), lambda: getattr(c)]:
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
class Boom:
    @property
    def p(self):
        raise ValueError("not AttributeError")
try:
    hasattr(Boom(), "p")
except ValueError as e:
    print("hasattr propagates", type(e).__name__, e)
print(getattr([], "append").__name__, getattr(str, "upper")("abc"))
