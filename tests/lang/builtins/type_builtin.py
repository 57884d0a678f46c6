# type() with one and three arguments
print(type(1), type("a"), type([]), type(type), type(None), type(lambda: 0).__name__)
Point = type("Point", (), {"x": 0, "norm": lambda self: abs(self.x)})
p = Point()
p.x = -3
print(Point.__name__, p.norm(), type(p) is Point, Point.__bases__)
Sub = type("Sub", (Point,), {"__repr__": lambda self: "Sub!"})
print(Sub(), Sub.__mro__[1].__name__, issubclass(Sub, Point))
Meta = type("Meta", (type,), {})
K = Meta("K", (), {})
print(type(K).__name__)
for bad in [lambda: type(), lambda: type("A", (), 5), lambda: type("A", (1,), {}), lambda: type("A", ())]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
