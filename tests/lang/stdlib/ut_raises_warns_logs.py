# unittest: assertRaises/assertRaisesRegex, assertWarns/assertWarnsRegex,
# assertLogs/assertNoLogs -- both forms, .exception/.warning, messages.
import logging
import re
import unittest
import warnings

t = unittest.TestCase()


def attempt(label, fn):
    try:
        r = fn()
    except AssertionError as e:
        print(label, "-> FAIL:", e)
    except Exception as e:
        print(label, "-> %s: %s" % (type(e).__name__, e))
    else:
        print(label, "-> ok", type(r).__name__)


def boom(x=1):
    raise ValueError("bad value %s" % x)


def quiet():
    return 5


attempt("raises callable", lambda: t.assertRaises(ValueError, boom, 3))
attempt("raises kw", lambda: t.assertRaises(ValueError, boom, x=4))
attempt("raises not raised", lambda: t.assertRaises(ValueError, quiet))
attempt("raises lambda", lambda: t.assertRaises(KeyError, lambda: None))
attempt("raises wrong type", lambda: t.assertRaises(KeyError, boom))
attempt("raises tuple", lambda: t.assertRaises((KeyError, ValueError), boom))
attempt("raises bad arg", lambda: t.assertRaises(5, boom))
attempt("raises bad arg2", lambda: t.assertRaises((ValueError, 5), boom))
attempt("raises bad kw", lambda: t.assertRaises(ValueError, foo=1))
with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print("cm.exception:", type(cm.exception).__name__, cm.exception,
      cm.exception.__traceback__)


def ctx_none():
    with t.assertRaises(TypeError):
        pass


def ctx_msg():
    with t.assertRaises(TypeError, msg="extra"):
        pass


def ctx_tuple():
    with t.assertRaises((TypeError, KeyError)):
        pass


attempt("raises ctx none", ctx_none)
attempt("raises ctx msg", ctx_msg)
attempt("raises ctx tuple", ctx_tuple)
attempt("regex ok", lambda: t.assertRaisesRegex(ValueError, r"value \d", boom))
attempt("regex mismatch",
        lambda: t.assertRaisesRegex(ValueError, r"^nope", boom))
attempt("regex compiled",
        lambda: t.assertRaisesRegex(ValueError, re.compile("VALUE", re.I),
                                    boom))
attempt("regex not raised",
        lambda: t.assertRaisesRegex(ValueError, "x", quiet))


def regex_ctx():
    with t.assertRaisesRegex(KeyError, "k") as cm:
        raise KeyError("key")
    return cm.exception


attempt("regex ctx", regex_ctx)


def warn_it(msg="careful", cat=UserWarning):
    warnings.warn(msg, cat)


attempt("warns callable", lambda: t.assertWarns(UserWarning, warn_it))
attempt("warns subclass",
        lambda: t.assertWarns(Warning, warn_it, "x", DeprecationWarning))
attempt("warns not triggered", lambda: t.assertWarns(UserWarning, quiet))
attempt("warns wrong cat",
        lambda: t.assertWarns(DeprecationWarning, warn_it))
attempt("warns bad arg", lambda: t.assertWarns(ValueError, warn_it))
attempt("warnsregex ok",
        lambda: t.assertWarnsRegex(UserWarning, "care", warn_it))
attempt("warnsregex mismatch",
        lambda: t.assertWarnsRegex(UserWarning, "^x", warn_it))
with t.assertWarns(RuntimeWarning) as cm:
    warnings.warn("rt", RuntimeWarning)
print("cm.warning:", type(cm.warning).__name__, cm.warning,
      cm.lineno > 0, cm.filename.endswith("ut_raises_warns_logs.py"))


def warns_ctx_none():
    with t.assertWarns(UserWarning):
        pass


attempt("warns ctx none", warns_ctx_none)

log = logging.getLogger("ut.demo")


def logs_ok():
    with t.assertLogs("ut.demo", level="INFO") as cm:
        log.info("first %d", 1)
        log.warning("second")
        logging.getLogger("ut.demo.child").error("child")
        log.debug("hidden")
    print("  output:", cm.output)
    print("  records:", [r.getMessage() for r in cm.records])


attempt("logs ok", logs_ok)


def logs_none():
    with t.assertLogs("ut.demo", level=logging.ERROR):
        log.warning("too low")


attempt("logs none", logs_none)


def logs_root():
    with t.assertLogs() as cm:
        logging.getLogger("other").warning("to root")
    print("  output:", cm.output)


attempt("logs root", logs_root)


def logs_default_none():
    with t.assertLogs():
        pass


attempt("logs default none", logs_default_none)


def nologs_ok():
    with t.assertNoLogs("ut.demo", level="ERROR"):
        log.warning("fine")


def nologs_bad():
    with t.assertNoLogs("ut.demo"):
        log.info("oops")
        log.error("bad")


attempt("nologs ok", nologs_ok)
attempt("nologs bad", nologs_bad)
print("handlers restored:", log.handlers, log.propagate, log.level)


def logs_logger_obj():
    with t.assertLogs(log, "WARNING") as cm:
        log.warning("obj")
    print("  output:", cm.output)


attempt("logs logger obj", logs_logger_obj)


def logs_exc():
    with t.assertLogs("ut.demo"):
        raise KeyError("inside")


attempt("logs exception passes through", logs_exc)
