import sys
hook = sys.__excepthook__
class N:
    def __str__(self): raise RuntimeError
def show(notes):
    e = ValueError("v")
    e.__notes__ = notes
    hook(type(e), e, None)
show(["a", N(), 42, "two\nlines", "trail\n", ""])
show("str")
show(("tuple", "notes"))
show(b"ab")
e = ValueError("last")
e.add_note("first note")
e.add_note("second\nnote")
raise e
