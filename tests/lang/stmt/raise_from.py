# raise ... from ...
try:
    try:
        {}["missing"]
    except KeyError as ke:
        raise ValueError("bad config") from ke
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
    print(e.__context__ is e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("hidden") from None
except RuntimeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise IndexError("x") from ValueError("cause")
except IndexError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise IndexError from 5
except TypeError as e:
    print(type(e).__name__, e)
