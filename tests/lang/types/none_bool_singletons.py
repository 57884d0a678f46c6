# identity of singletons and cached objects
print(type(None)() is None, bool() is False, bool(1) is True, type(...)() is ...)
print(type(NotImplemented)() is NotImplemented, None.__class__.__name__)
print((1 == 1) is True, (not 0) is True, [] == [] is not False)
print(repr(NotImplemented), bool(None), str(Ellipsis))
try:
    bool(NotImplemented)
    print("NotImplemented is truthy (deprecated)")
except TypeError as e:
    print(type(e).__name__, e)
