e=UnicodeTranslateError("abc", 0, 2, "x"); print(e, e.encoding, e.object)
e=UnicodeTranslateError("\u20acbc", 0, 1, "x"); print(e, e.args)
for args in [("abc", 0, 2), ("abc", "x", 0, 1, "r"), (1, "x", 0, 1, "r"), ("a", "x", "0", 1, "r"), ("a", "x", 0, 1, 5)]:
    for cls in (UnicodeDecodeError, UnicodeEncodeError):
        try: cls(*args)
        except Exception as x: print(cls.__name__, type(x).__name__, x)
for args in [(1, 0, 1, "r"), ("x", 0, 1)]:
    try: UnicodeTranslateError(*args)
    except Exception as x: print(type(x).__name__, x)
print(UnicodeError("x"), repr(UnicodeError()))
e=UnicodeEncodeError("ascii", "\U0001f600", 0, 1, "r"); print(e)
e=UnicodeEncodeError("ascii", "\u20ac", 0, 1, "r"); print(e)
e=UnicodeDecodeError("ascii", bytearray(b"ab"), 0, 1, "r"); print(e, e.object)
e=UnicodeDecodeError("ascii", b"ab", 5, 9, "r"); print(e)
e.reason = "new"; e.start = 0; print(e)
e=UnicodeDecodeError("ascii", b"ab", 1, 1, "r"); print(e)
e=UnicodeEncodeError("ascii", "ab", 1, 1, "r"); print(e)
