# string-producing builtins on user objects
class Num:
    def __index__(self): return 42
    def __repr__(self): return "Num(42)"
n = Num()
print(bin(n), oct(n), hex(n), repr(n), ascii(n), str(n), format(n, "") if hasattr(n, "__format__") else "")
print([1, 2].__repr__(), (1.5).__repr__(), "x".__repr__())
