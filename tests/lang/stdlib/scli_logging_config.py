import logging, logging.handlers, io, sys, os, contextlib, threading
err = io.StringIO()
with contextlib.redirect_stderr(err):
    logging.warning("module level %s", "warn")   # basicConfig on sys.stderr... captured at call time
    logging.info("hidden")
print(repr(err.getvalue()))
h0 = logging.root.handlers[0]
print(type(h0).__name__, h0.formatter._fmt, logging.root.level)
# basicConfig is a no-op once configured
logging.basicConfig(level=logging.DEBUG)
print(logging.root.level, len(logging.root.handlers))
buf = io.StringIO()
logging.basicConfig(stream=buf, level=logging.DEBUG, format="%(levelname)s %(name)s %(lineno)d %(funcName)s: %(message)s", force=True)
print(len(logging.root.handlers), logging.root.level)
logging.debug("dbg"); logging.info("inf %d", 1); logging.error("err"); logging.critical("crit"); logging.log(25, "custom")
def fn():
    logging.getLogger("pkg.mod").warning("from fn")
fn()
try:
    1 / 0
except ZeroDivisionError:
    logging.exception("boom %s", "here")
    logging.getLogger("x").error("with info", exc_info=True)
try:
    raise KeyError("k")
except KeyError as e:
    exc = e
logging.warning("given exc", exc_info=exc)
logging.error("no exc", exc_info=False)
out = buf.getvalue()
# strip traceback paths/lines to keep it deterministic
for line in out.splitlines():
    if line.startswith('  File'):
        print('  File <...>')
    else:
        print(line)
for kw in [dict(stream=buf, filename="x.log"), dict(handlers=[logging.NullHandler()], stream=buf), dict(style="^"), dict(bogus=1, force=True)]:
    try: logging.basicConfig(force=True, **kw) if 'force' not in kw else logging.basicConfig(**kw)
    except ValueError as e: print(type(e).__name__, e)
# thread / process fields
buf2 = io.StringIO()
logging.basicConfig(stream=buf2, format="%(threadName)s %(process)s %(thread)s %(message)s", force=True)
def t():
    logging.warning("in thread")
th = threading.Thread(target=t, name="Worker-1"); th.start(); th.join()
logging.warning("main")
lines = buf2.getvalue().splitlines()
for l in lines:
    name, pid, tid, msg = l.split(" ", 3)
    print(name, pid == str(os.getpid()), tid.isdigit(), msg)
# asctime with datefmt (only check shape)
buf3 = io.StringIO()
logging.basicConfig(stream=buf3, format="[%(asctime)s] %(message)s", datefmt="%Y", force=True)
logging.warning("dated")
v = buf3.getvalue(); print(v[0], v[5:], len(v))
buf4 = io.StringIO()
logging.basicConfig(stream=buf4, format="%(asctime)s|%(message)s", force=True)
logging.warning("default time")
ts = buf4.getvalue().split("|")[0]; print(len(ts), ts[4], ts[10], ts[19])
# FileHandler
logging.basicConfig(filename="scli_tmp.log", filemode="w", format="%(name)s:%(message)s", force=True)
logging.getLogger("f").warning("to file %d", 1)
logging.getLogger("f").warning("to file %d", 2)
fh = logging.root.handlers[0]
print(type(fh).__name__, os.path.basename(fh.baseFilename), fh.mode)
logging.basicConfig(force=True, stream=io.StringIO())
print(open("scli_tmp.log").read(), end="")
fh2 = logging.FileHandler("scli_tmp.log", delay=True)
print(fh2.stream)
fh2.emit(logging.makeLogRecord({"msg": "appended", "levelno": 30, "levelname": "WARNING"}))
fh2.close()
print(open("scli_tmp.log").read(), end="")
os.remove("scli_tmp.log")
# RotatingFileHandler
lg = logging.getLogger("rot"); lg.propagate = False
rh = logging.handlers.RotatingFileHandler("scli_rot.log", maxBytes=20, backupCount=2)
lg.addHandler(rh)
for i in range(6): lg.warning("message %d", i)
rh.close()
for n in ["scli_rot.log", "scli_rot.log.1", "scli_rot.log.2", "scli_rot.log.3"]:
    if os.path.exists(n):
        print(n, repr(open(n).read())); os.remove(n)
    else:
        print(n, "missing")
# handleError output for a bad format string
e = io.StringIO()
hb = logging.StreamHandler(io.StringIO())
lg2 = logging.getLogger("bad"); lg2.propagate = False; lg2.addHandler(hb)
with contextlib.redirect_stderr(e):
    lg2.warning("%d items", "x")
print(e.getvalue().splitlines()[0], e.getvalue().splitlines()[-2:])
logging.raiseExceptions = False
e = io.StringIO()
with contextlib.redirect_stderr(e):
    lg2.warning("%d items", "x")
print(repr(e.getvalue()))
