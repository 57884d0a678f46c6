# unittest: TestLoader (ordering, prefixes, patterns, names, errors),
# TestSuite API, FunctionTestCase, TestCase identity, and main() with
# argv/exit=False/-v/-q/-k/-f and the exit status.
import contextlib
import io
import re
import sys
import unittest
import warnings
import _ut_mod
from _ut_helper import run, clean


def ids(suite):
    out = []
    for t in suite:
        if isinstance(t, unittest.TestSuite):
            out.extend(ids(t))
        else:
            out.append(t.id())
    return out


L = unittest.TestLoader()
print(L.getTestCaseNames(_ut_mod.Alpha))
print(L.getTestCaseNames(_ut_mod.Beta))
print(L.getTestCaseNames(_ut_mod.NoTests))
print(ids(L.loadTestsFromTestCase(_ut_mod.WithRunTest)))
print(ids(L.loadTestsFromModule(_ut_mod)))
L2 = unittest.TestLoader()
L2.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(L2.getTestCaseNames(_ut_mod.Alpha))
L2.sortTestMethodsUsing = None
print(sorted(L2.getTestCaseNames(_ut_mod.Alpha)))
L3 = unittest.TestLoader()
L3.testMethodPrefix = 'check'
print(L3.getTestCaseNames(_ut_mod.Beta))
L4 = unittest.TestLoader()
L4.testNamePatterns = ['*b1*', '*Alpha.test_1*']
print(ids(L4.loadTestsFromModule(_ut_mod)))
for name in ['_ut_mod', '_ut_mod.Alpha', '_ut_mod.Alpha.test_a',
             '_ut_mod.make_suite', '_ut_mod.make_case', '_ut_mod.prebuilt']:
    print(name, ids(L.loadTestsFromName(name)))
print(ids(L.loadTestsFromName('Beta.test_b1', _ut_mod)))
print(ids(L.loadTestsFromNames(['Alpha.test_z', 'Beta'], _ut_mod)))
for bad in ['_ut_mod.not_a_test', '_ut_mod.Beta.test_not_callable']:
    try:
        L.loadTestsFromName(bad)
    except TypeError as e:
        print("TypeError", re.sub(r"0x[0-9a-f]+", "0x?", str(e)))
L5 = unittest.TestLoader()
s = L5.loadTestsFromName('_ut_mod.Missing')
print(ids(s), len(L5.errors), L5.errors[0].splitlines()[0])
r = unittest.TestResult()
s.run(r)
print(r.errors[0][1].splitlines()[-1])
s = L5.loadTestsFromName('no_such_module_xyz')
print(ids(s), len(L5.errors), L5.errors[1].splitlines()[0])
try:
    L.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print("TypeError", e)
try:
    L.loadTestsFromModule(_ut_mod, 1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    L.loadTestsFromModule(_ut_mod, bogus=1)
except TypeError as e:
    print("TypeError", e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(unittest.getTestCaseNames(_ut_mod.Beta, 'test'))
    print(ids(unittest.makeSuite(_ut_mod.Beta)))
    print(ids(unittest.findTestCases(_ut_mod)))
    print([str(x.message) for x in w])

print("=== suite")
suite = unittest.TestSuite()
suite.addTest(_ut_mod.Alpha('test_z'))
suite.addTests([_ut_mod.Beta('test_b1'), unittest.TestSuite(
    [_ut_mod.Beta('test_b2')])])
print(suite.countTestCases(), repr(suite))
for bad in [5, _ut_mod.Alpha]:
    try:
        suite.addTest(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    suite.addTests("abc")
except TypeError as e:
    print("TypeError", e)
print(suite == unittest.TestSuite(list(suite)))
res = unittest.TestResult()
suite.run(res)
print(res, res.testsRun, suite.countTestCases(), list(suite))

print("=== case identity")
a1, a2 = _ut_mod.Alpha('test_a'), _ut_mod.Alpha('test_a')
print(a1 == a2, hash(a1) == hash(a2), a1 == _ut_mod.Alpha('test_z'))
print(str(a1), repr(a1), a1.id(), a1.shortDescription(),
      a1.countTestCases())
try:
    _ut_mod.Alpha('nope')
except ValueError as e:
    print("ValueError", e)
print(repr(unittest.TestCase()), unittest.TestCase().id())
res = a1.run()
print(type(res).__name__, res.testsRun, len(res.failures))


def ftest():
    """Function doc line."""
    print("ftest ran")


def fsetup():
    print("fsetup")


def fbad():
    raise ValueError("function test broke")


fc = unittest.FunctionTestCase(ftest, setUp=fsetup,
                               tearDown=lambda: print("fteardown"))
print(str(fc), fc.id(), fc.shortDescription())
print(unittest.FunctionTestCase(ftest, description="desc").shortDescription())
run(unittest.TestSuite([fc, unittest.FunctionTestCase(fbad)]), verbosity=2)


class Ret(unittest.TestCase):
    def test_returns(self):
        return 1


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    Ret('test_returns').run(unittest.TestResult())
    print([x.category.__name__ for x in w],
          [str(x.message).split('(')[0] for x in w])

print("=== main")


def run_main(argv, **kw):
    buf = io.StringIO()
    with contextlib.redirect_stderr(buf):
        prog = unittest.main(module=_ut_mod, argv=argv, exit=False,
                             testLoader=unittest.TestLoader(), **kw)
    print(clean(buf.getvalue()))
    print("wasSuccessful:", prog.result.wasSuccessful(),
          "exit status would be", int(not prog.result.wasSuccessful()))


run_main(['prog'])
run_main(['prog', '-v', 'Beta'])
run_main(['prog', '-q', 'Alpha.test_z', 'Beta.test_b2'])
run_main(['prog', '-k', 'b1', '-k', 'test_9'])
run_main(['prog', '-f', 'Alpha'])
run_main(['prog'], defaultTest='Beta', verbosity=2)
buf = io.StringIO()
try:
    with contextlib.redirect_stderr(buf):
        unittest.main(module=_ut_mod, argv=['prog', 'Alpha.test_a'])
except SystemExit as e:
    print("SystemExit", e.code)
try:
    with contextlib.redirect_stderr(buf):
        unittest.main(module=_ut_mod, argv=['prog', 'Beta'])
except SystemExit as e:
    print("SystemExit", e.code)
try:
    with contextlib.redirect_stderr(buf):
        unittest.main(module=_ut_mod, argv=['prog', '--bogus'])
except SystemExit as e:
    print("SystemExit", e.code)
print(buf.getvalue().splitlines()[-1])
