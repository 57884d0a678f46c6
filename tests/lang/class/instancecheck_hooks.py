# __instancecheck__ / __subclasscheck__ on metaclasses
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")
class Duck(metaclass=DuckMeta):
    pass
class Robot:
    def quack(self): return "beep"
print(isinstance(Robot(), Duck), isinstance(1, Duck))
print(issubclass(Robot, Duck), issubclass(int, Duck))
print(type(Robot()) is Duck)
