# exceptions raised while handling get __context__ set automatically
try:
    try:
        int("x")
    except ValueError:
        {}["k"]
except KeyError as e:
    print(repr(e), "<-", repr(e.__context__))
try:
    try:
        raise ValueError("v")
    except ValueError as v:
        raise v
except ValueError as e:
    print("same object re-raised, context:", e.__context__)
try:
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise KeyError("after")
except KeyError as e:
    print(repr(e.__context__))
