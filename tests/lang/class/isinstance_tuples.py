# isinstance / issubclass with tuples and nested tuples
print(isinstance(1, (str, int)), isinstance("s", (int, (float, str))))
print(isinstance(True, int), issubclass(bool, (str, int)))
print(isinstance(None, ()), issubclass(int, ()))
class A: pass
class B(A): pass
print(issubclass(B, (int, A)), issubclass(A, B), issubclass(A, A))
print(isinstance(B(), A), isinstance(A(), B), isinstance(A, type))
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(1, int | str), issubclass(bool, int | None))
