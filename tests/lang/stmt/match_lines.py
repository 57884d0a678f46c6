# match: line numbers of exceptions raised in bodies, guards and patterns
import sys
def last_line(e):
    tb, line = e.__traceback__, None
    while tb:
        if tb.tb_frame.f_code.co_name in ("f1", "f2"):
            line = tb.tb_lineno
        tb = tb.tb_next
    return line
def boom():
    raise ValueError("boom")
class P:
    __match_args__ = ("a",)
def run(f, v):
    try:
        f(v)
        print("no error")
    except Exception as e:
        print(type(e).__name__, e, "line", last_line(e) - first)
first = sys._getframe().f_lineno
def f1(v):
    match v:
        case 1:
            x = 1
            boom()
        case [a,
              b] if a > b.missing:
            pass
        case P(
                1, 2):
            pass
        case {"k": 1,
              "j": int(
                  1, 2)}:
            pass
        case _:
            1 / 0
for v in [1, [3, 2], P(), {"k": 1, "j": 5}, "other"]:
    run(f1, v)
def f2(v):
    match (v,
           v):
        case (1, _) if boom():
            pass
        case _ if v.attr:
            pass
run(f2, 1)
run(f2, 2)
