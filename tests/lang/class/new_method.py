# __new__ versus __init__
class Point:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, x, y):
        print("init", x, y)
        self.x, self.y = x, y
p = Point(1, 2)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("abc")
print(u, type(u).__name__, isinstance(u, str), u + "d")
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotMine())
class Cache:
    _inst = {}
    def __new__(cls, key):
        if key not in cls._inst:
            cls._inst[key] = super().__new__(cls)
        return cls._inst[key]
print(Cache(1) is Cache(1), Cache(1) is Cache(2))
class PosInt(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(PosInt(-5), PosInt(-5) + 1)
