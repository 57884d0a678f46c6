# __cause__, __context__, __suppress_context__
def chain():
    try:
        try:
            raise KeyError("first")
        except KeyError as e:
            raise ValueError("second") from e
    except ValueError as e:
        raise TypeError("third")
try:
    chain()
except TypeError as e:
    t = e
print(repr(t), repr(t.__context__), repr(t.__cause__), t.__suppress_context__)
v = t.__context__
print(repr(v.__cause__), repr(v.__context__), v.__suppress_context__)
fresh = RuntimeError("x")
print(fresh.__cause__, fresh.__context__, fresh.__suppress_context__, fresh.__traceback__)
fresh.__cause__ = ValueError("manual")
print(repr(fresh.__cause__), fresh.__suppress_context__)
try:
    fresh.__cause__ = "bad"
except TypeError as e:
    print(type(e).__name__, e)
