import calendar, argparse, logging, io, contextlib, threading, os
for f in [lambda: calendar.month(2024, 13), lambda: calendar.weekday(2024, 2, 30), lambda: calendar.monthcalendar(2024, 0),
          lambda: calendar.month_name[13], lambda: calendar.TextCalendar().formatyear(2024, m=0)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(calendar.month_name[-1], calendar.day_name[-1], calendar.day_abbr[0:2])
print(calendar.weekday(-100, 1, 1), calendar.leapdays(2024, 2000), calendar.isleap(1900))
cal = calendar.Calendar(-1); print(cal.getfirstweekday(), cal.firstweekday)
print(calendar.TextCalendar().formatmonth(2024, 3, w=4, l=0))
print(calendar.TextCalendar().formatweekday(0, 10) + "|", calendar.TextCalendar().formatmonthname(2024, 1, 20, False) + "|")
# argparse intermixed + fromfile + FileType
p = argparse.ArgumentParser(prog="im"); p.add_argument("--foo"); p.add_argument("cmd"); p.add_argument("rest", nargs="*", type=int)
print(p.parse_intermixed_args("doit 1 --foo bar 2 3".split()))
print(p.parse_known_args("doit 1 --foo bar 2 3".split()))
with open("scli_args.txt", "w") as f: f.write("--foo\nfromfile\nrun\n")
pf = argparse.ArgumentParser(prog="pf", fromfile_prefix_chars="@"); pf.add_argument("--foo"); pf.add_argument("cmd")
print(pf.parse_args(["@scli_args.txt"]))
pt = argparse.ArgumentParser(prog="pt", exit_on_error=False); pt.add_argument("f", type=argparse.FileType("r"))
ns = pt.parse_args(["scli_args.txt"]); print(ns.f.readline().strip()); ns.f.close()
print(repr(argparse.FileType("w", encoding="utf-8")), repr(argparse.FileType()))
os.remove("scli_args.txt")
err = io.StringIO()
try:
    with contextlib.redirect_stderr(err): argparse.ArgumentParser(prog="pt2").add_argument("f", type=argparse.FileType("r")) and None
    pt2 = argparse.ArgumentParser(prog="pt2"); pt2.add_argument("f", type=argparse.FileType("r"))
    with contextlib.redirect_stderr(err): pt2.parse_args(["/nonexistent/zz"])
except SystemExit as e: print("EXIT", e.code, err.getvalue().splitlines()[-1])
# percent in help must be escaped
hp = argparse.ArgumentParser(prog="hp"); hp.add_argument("--p", help="100%% sure, default %(default)r", default=[1])
print(hp.format_help())
# metavar tuple positional and nargs for help
mv = argparse.ArgumentParser(prog="mv"); mv.add_argument("--z", nargs="*", metavar=("Q", "R"))
print(mv.format_help())
# Action repr/format_usage
a = argparse.Action(["-x", "--xx"], "xx", help="h"); print(a.format_usage(), a)
try: a(None, None, None)
except NotImplementedError as e: print(type(e).__name__, e)
# logging: threads writing through a shared handler
buf = io.StringIO()
lg = logging.getLogger("threads"); lg.propagate = False; lg.setLevel(logging.INFO)
h = logging.StreamHandler(buf); h.setFormatter(logging.Formatter("%(message)s")); lg.addHandler(h)
def work(n):
    for i in range(50): lg.info("t%d-%d", n, i)
ts = [threading.Thread(target=work, args=(n,)) for n in range(4)]
for t in ts: t.start()
for t in ts: t.join()
lines = buf.getvalue().splitlines(); print(len(lines), sorted(lines) == sorted("t%d-%d" % (n, i) for n in range(4) for i in range(50)))
# stacklevel and stack_info
buf.truncate(0); buf.seek(0)
h.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d %(message)s"))
def helper(): lg.info("via helper", stacklevel=2)
def caller(): helper()
caller()
lg.info("stack", stack_info=True)
out = buf.getvalue().splitlines(); print(out[0], out[1], out[2])
# getChild/root-level log with non-int
try: lg.log("INFO", "x")
except TypeError as e: print(type(e).__name__, e)
print(logging.getLogger("threads").getChild("x").name, logging.root.getChild("y").name)
# Handler without emit
try: logging.Handler().handle(logging.makeLogRecord({}))
except NotImplementedError as e: print(type(e).__name__, e)
print(logging.makeLogRecord({"msg": "hi %s", "args": ("there",)}).getMessage())
h.setLevel("ERROR"); print(h.level, repr(h))
