import traceback, sys, io
def f():
    return 1/0
try:
    f()
except Exception as e:
    lines = traceback.format_exception(e)
    print(len(lines)); print("".join(lines))
    print(traceback.format_exception_only(e))
    print(traceback.format_exc())
    traceback.print_exception(type(e), e, e.__traceback__, file=sys.stdout, limit=1)
    print(traceback.format_exception(e, limit=-1))
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type, str(te), len(te.stack), te.stack[0].name, te.stack[-1].line)
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue().count("\n"))
try:
    try:
        f()
    except ZeroDivisionError as z:
        raise KeyError("k") from z
except KeyError as e:
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc(file=sys.stdout, chain=False)
for src in ["x = (1 +* 2)", "if 1:\n\tx = 1 +* 2"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(traceback.format_exception_only(e))
print(traceback.format_exception_only(SyntaxError("m", ("f.py", None, 3, "abc", None, None))))
print(traceback.format_exception_only(SyntaxError()))
e = ValueError("v"); e.add_note("n1\nn2"); e.__notes__.append(3)
print(traceback.format_exception_only(e))
e.__notes__ = 42
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(None))
print(traceback.format_exception(None))
class M(Exception): __module__ = "pkg.mod"
print(traceback.format_exception_only(M("z")))
print(traceback.format_exception_only(KeyError("kk")))
print(traceback.format_exception_only(ValueError, ValueError("old style")))
class Bad(Exception):
    def __str__(self): raise RuntimeError
print(traceback.format_exception_only(Bad()))
