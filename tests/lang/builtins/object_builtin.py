# object(), issubclass(), super basics via builtins
o = object()
print(type(o).__name__, isinstance(o, object), issubclass(int, object), issubclass(object, int))
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(o == o, o != object(), bool(o), str(o) == repr(o))
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
