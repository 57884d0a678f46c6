import traceback, sys
def boom():
    raise ExceptionGroup("many", [ValueError("a"), ExceptionGroup("inner", [TypeError("b")])])
try:
    boom()
except Exception as e:
    traceback.print_exc(file=sys.stdout)
    lines = traceback.format_exception(e)
    print(len(lines))
    print("".join(lines))
    print(traceback.format_exception_only(e))
    te = traceback.TracebackException.from_exception(e)
    print("".join(te.format()))
    te2 = traceback.TracebackException.from_exception(e, max_group_width=1, max_group_depth=1)
    print("".join(te2.format()))
    te.print(file=sys.stdout, chain=False)
    traceback.print_exception(e, file=sys.stdout, limit=1)
wide = ExceptionGroup("wide", [KeyError(i) for i in range(17)])
traceback.print_exception(wide, file=sys.stdout)
def nest(n):
    return ValueError("leaf") if n == 0 else ExceptionGroup(f"level{n}", [nest(n - 1)])
traceback.print_exception(nest(12), file=sys.stdout)
try:
    try:
        raise KeyError("x")
    except KeyError as k:
        raise ValueError("v") from k
except ValueError as v:
    v.add_note("leaf note\nsecond line")
    g = ExceptionGroup("withcause", [v, TypeError("plain")])
    g.add_note("group note")
    traceback.print_exception(g, file=sys.stdout)
