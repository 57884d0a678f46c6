import sys
hook = sys.__excepthook__
def show(e):
    hook(type(e), e, None)
show(SyntaxError("custom", ("f.py", 3, 5, "   abcdef ghi\n", 3, 9)))
show(SyntaxError("just msg"))
show(SyntaxError("nofile", (None, 3, 2, "abc", 3, 40)))
show(SyntaxError("nooffset", ("x.py", 3, None, "abc", None, None)))
show(IndentationError("ind", ("x.py", 3, 2, "  abcdef", 3, 6)))
show(SyntaxError("multi", ("x.py", 3, 6, "ab\ncdef\ngh", 3, 8)))
show(SyntaxError("zero", ("x.py", 3, 0, "abc", 3, 0)))
show(SyntaxError("big", ("x.py", 3, 99, "abc\n", 4, 2)))
show(SyntaxError("nolineno", ("x.py", None, 2, "abc", None, None)))
class MySE(SyntaxError): pass
show(MySE("sub", ("x.py", 1, 2, "abcdef", 1, 5)))
try:
    exec("x = 'é' + ))")
except SyntaxError as e:
    show(e)
try:
    compile("def f(:\n  pass", "<mine>", "exec")
except SyntaxError as e:
    show(e)
raise SyntaxError("last", ("y.py", 7, 3, "  a b c", 7, 6))
