# unittest: enterContext/enterClassContext/enterModuleContext, debug(),
# results without optional methods, subTest without a result that supports
# it, doModuleCleanups errors, and quiet/verbose descriptions.
import contextlib
import unittest
from _ut_helper import run

log = []


@contextlib.contextmanager
def cm(name):
    log.append("enter " + name)
    yield name.upper()
    log.append("exit " + name)


class Ctx(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.cval = cls.enterClassContext(cm("class"))

    def setUp(self):
        self.val = self.enterContext(cm("test"))

    def test_it(self):
        log.append("test sees %s %s" % (self.val, self.cval))


run(Ctx)
print(log)
try:
    unittest.TestCase().enterContext(object())
except TypeError as e:
    print("TypeError", e)
del log[:]
print(unittest.enterModuleContext(cm("module")), log)
unittest.doModuleCleanups()
print(log)
unittest.addModuleCleanup(lambda: 1 / 0)
unittest.addModuleCleanup(log.append, "runs first")
try:
    unittest.doModuleCleanups()
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, log[-1])


class Dbg(unittest.TestCase):
    def setUp(self):
        print("debug setUp")

    def tearDown(self):
        print("debug tearDown")

    def test_fail(self):
        self.assertEqual(1, 2)

    def test_ok(self):
        self.addCleanup(print, "debug cleanup")

    @unittest.skip("dbg skip")
    def test_skip(self):
        pass


Dbg('test_ok').debug()
try:
    Dbg('test_fail').debug()
except AssertionError as e:
    print("debug raised", e)
try:
    Dbg('test_skip').debug()
except unittest.SkipTest as e:
    print("debug SkipTest", e)
suite = unittest.TestLoader().loadTestsFromTestCase(Dbg)
try:
    suite.debug()
except AssertionError as e:
    print("suite.debug raised", e)


class Minimal:
    """A result with only the required methods."""

    shouldStop = False
    failfast = False

    def __init__(self):
        self.events = []

    def startTest(self, t):
        self.events.append("start")

    def stopTest(self, t):
        self.events.append("stop")

    def addSuccess(self, t):
        self.events.append("success")

    def addError(self, t, e):
        self.events.append("error " + e[0].__name__)

    def addFailure(self, t, e):
        self.events.append("failure " + e[0].__name__)


class Opt(unittest.TestCase):
    @unittest.skip("why")
    def test_skip(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        self.fail()

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 1)


import warnings
for name in ['test_skip', 'test_xfail', 'test_xpass', 'test_sub']:
    r = Minimal()
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        Opt(name).run(r)
    print(name, r.events, [str(x.message) for x in w])

print("=== countTestCases / defaultTestResult")
s = unittest.TestSuite([Opt('test_sub'), unittest.TestSuite(
    [Opt('test_skip'), Opt('test_xfail')])])
print(s.countTestCases(), type(Opt('test_sub').defaultTestResult()).__name__)


class Docs(unittest.TestCase):
    def test_doc(self):
        """
        Leading blank line, then text.
        """
        with self.subTest(p=1):
            self.fail("x")

    def test_nodoc(self):
        pass


run(Docs, verbosity=2)
print([Docs(n).shortDescription() for n in ('test_doc', 'test_nodoc')])
