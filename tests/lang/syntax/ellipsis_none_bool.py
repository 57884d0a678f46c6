# singleton literals
print(..., Ellipsis, ... is Ellipsis, type(...).__name__)
print(None, True, False, type(None).__name__)
print(True + True, True * 10, False - 1)
print(None is None, True is not False)
x = [1, 2]
print(x[...] if hasattr(x, "x") else "no ellipsis indexing on list")
def stub():
    ...
print(stub())
for src in ["None = 1", "True = 1", "... = 1"]:
    try:
        exec(src)
    except SyntaxError:
        print("SyntaxError", src)
