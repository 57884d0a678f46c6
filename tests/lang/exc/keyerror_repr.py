# KeyError str() uses repr of the key
d = {}
for key in ["s", 1, (1, 2), "", None, "multi\nline", 1.5]:
    try:
        d[key]
    except KeyError as e:
        print(str(e), repr(e), e.args)
print(str(KeyError("a", "b")), str(KeyError()))
try:
    {}.pop("missing")
except KeyError as e:
    print(e)
try:
    set().remove(5)
except KeyError as e:
    print(e)
