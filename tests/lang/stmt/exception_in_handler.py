# exceptions raised inside except and finally blocks
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))
try:
    try:
        raise ValueError("a")
    finally:
        raise KeyError("b")
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))
try:
    try:
        pass
    finally:
        raise IndexError("only")
except IndexError as e:
    print(repr(e), e.__context__)
