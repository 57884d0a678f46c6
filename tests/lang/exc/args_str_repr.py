# args, str() and repr() of exceptions
for e in [ValueError(), ValueError("one"), ValueError("a", "b"), ValueError(42), ValueError(""), ValueError(None),
          KeyError("k"), KeyError(), KeyError("a", "b"), KeyError(1), Exception([1, 2]), OSError(2, "No such file"),
          OSError("just msg"), StopIteration(5), SystemExit(3), UnicodeError("u")]:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = ValueError("x")
e.args = ("changed", 2)
print(e, repr(e))
