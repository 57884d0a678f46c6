import logging, io, sys, contextlib
# lastResort: no configuration, warning prints just the message
err = io.StringIO()
with contextlib.redirect_stderr(err):
    logging.getLogger("app").warning("hello %s", "world")
    logging.getLogger("app").info("not shown")
    logging.getLogger("app").error("bad %d", 3)
print(repr(err.getvalue()))
print(logging.getLevelName(10), logging.getLevelName(35), logging.getLevelName("ERROR"), logging.getLevelName("NOPE"))
logging.addLevelName(25, "NOTICE"); print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.WARN, logging.ERROR, logging.CRITICAL, logging.FATAL, logging.NOTSET)
# hierarchy
a = logging.getLogger("a"); abc = logging.getLogger("a.b.c"); ab = logging.getLogger("a.b")
print(abc.parent is ab, ab.parent is a, a.parent is logging.root, logging.getLogger() is logging.root, logging.getLogger("root") is logging.root)
print(logging.getLogger("a.b") is ab, a.getChild("b") is ab, logging.root.getChild("a") is a)
print(repr(a), repr(logging.root), a.getEffectiveLevel())
a.setLevel(logging.DEBUG); print(repr(abc), abc.getEffectiveLevel(), abc.isEnabledFor(10))
a.setLevel("INFO"); print(abc.isEnabledFor(10), abc.isEnabledFor(20))
for bad in ["LOUD", 1.5, None]:
    try: a.setLevel(bad)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
try: logging.getLogger(5)
except TypeError as e: print(type(e).__name__, e)
# handlers and formatters
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("%(levelname)s|%(name)s|%(message)s|%(funcName)s|%(module)s|%(filename)s"))
a.addHandler(h)
def work():
    abc.info("x=%d y=%s", 1, [2])
    abc.debug("hidden")
    abc.log(30, "lvl %(k)s", {"k": "v"})
work()
a.warning("direct")
print(buf.getvalue(), end="")
print(repr(h), logging.StreamHandler(io.StringIO()).__repr__())
buf.truncate(0); buf.seek(0)
# propagate
abc.propagate = False
err = io.StringIO()
with contextlib.redirect_stderr(err):
    abc.warning("no handlers reached")
print(repr(buf.getvalue()), repr(err.getvalue()))
abc.propagate = True
print(abc.hasHandlers(), logging.getLogger("zzz").hasHandlers())
# filters
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1
h.addFilter(OnlyOdd())
for i in range(4): a.info("n=%d", i)
h.filters.clear()
f = logging.Filter("a.b")
r1 = logging.makeLogRecord({"name": "a.b.c"}); r2 = logging.makeLogRecord({"name": "a.bc"}); r3 = logging.makeLogRecord({"name": "a.b"})
print(f.filter(r1), f.filter(r2), f.filter(r3), logging.Filter().filter(r2))
a.addFilter(lambda r: "skip" not in r.getMessage())
a.info("please skip"); a.info("keep")
print(buf.getvalue(), end="")
buf.truncate(0); buf.seek(0)
# styles
h.setFormatter(logging.Formatter("{levelname:>8}:{name}:{message}", style="{"))
a.error("brace")
h.setFormatter(logging.Formatter("$levelname ${name} $message", style="$"))
a.error("dollar")
h.setFormatter(logging.Formatter("%(levelno)03d %(custom)s %(message)s", defaults={"custom": "dflt"}))
a.error("defaults"); a.error("extra", extra={"custom": "given"})
print(buf.getvalue(), end="")
for args in [("%(message)s", None, "x"), ("nofields",), ("{}", None, "{"), ("$", None, "$"), ("plain", None, "$")]:
    try: logging.Formatter(*args)
    except ValueError as e: print(type(e).__name__, e)
try: a.info("x", extra={"msg": 1})
except KeyError as e: print(type(e).__name__, e)
# disable
logging.disable(logging.ERROR)
buf.truncate(0); buf.seek(0)
a.error("off"); a.critical("on")
logging.disable(logging.NOTSET)
a.error("on again")
print(buf.getvalue(), end="")
a.removeHandler(h)
# LogRecord
rec = logging.LogRecord("n", 20, "/x/y/mod.py", 7, "m %s", ("a",), None, "fn")
print(rec, rec.getMessage(), rec.module, rec.filename, rec.levelname, rec.funcName, rec.lineno)
print(sorted(logging.getLevelNamesMapping().items())[:3])
nh = logging.NullHandler(); print(nh.lock, nh.handle(rec))
print(isinstance(logging.root, logging.RootLogger), logging.getLoggerClass() is logging.Logger)
ad = logging.LoggerAdapter(a, {"ip": "1.2.3.4"})
h2 = logging.StreamHandler(sys.stdout); h2.setFormatter(logging.Formatter("%(ip)s %(message)s"))
a.addHandler(h2); ad.info("adapted %s", "ok"); print(repr(ad)); a.removeHandler(h2)
