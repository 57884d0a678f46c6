# unittest: subTest reporting, setUp/tearDown order, class and module
# fixtures (including failures), addCleanup/doCleanups, addClassCleanup,
# addModuleCleanup, and errors in each phase.
import sys
import unittest
from _ut_helper import run

events = []


class Sub(unittest.TestCase):
    def test_sub(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_sub_msg(self):
        with self.subTest("labelled", a=1, b='x'):
            raise RuntimeError("in subtest")
        with self.subTest():
            self.fail("bare")

    def test_nested(self):
        with self.subTest(outer=1):
            with self.subTest(inner=2):
                self.assertTrue(False)

    def test_sub_all_pass(self):
        for i in range(3):
            with self.subTest(i=i):
                pass

    def test_sub_skip(self):
        with self.subTest(k=1):
            self.skipTest("skip in sub")
        events.append("after skipped subtest")


run(Sub, verbosity=1)
run(Sub, verbosity=2)
print("=== subtest failfast")
run(unittest.TestSuite([Sub('test_sub')]), verbosity=2, failfast=True)


class Order(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("setUpClass")
        cls.addClassCleanup(events.append, "classCleanup")

    @classmethod
    def tearDownClass(cls):
        events.append("tearDownClass")

    def setUp(self):
        events.append("setUp " + self._testMethodName)
        self.addCleanup(events.append, "cleanup1 " + self._testMethodName)
        self.addCleanup(lambda: events.append("cleanup2"))

    def tearDown(self):
        events.append("tearDown " + self._testMethodName)

    def test_a(self):
        events.append("test_a")

    def test_b(self):
        events.append("test_b")
        raise ValueError("b fails")


del events[:]
run(Order)
print(events)


class SetUpFails(unittest.TestCase):
    def setUp(self):
        self.addCleanup(events.append, "cleanup despite setUp failure")
        raise KeyError("setUp broke")

    def tearDown(self):
        events.append("tearDown must not run")

    def test_x(self):
        events.append("test must not run")


del events[:]
run(SetUpFails, verbosity=2)
print(events)


class TearDownFails(unittest.TestCase):
    def tearDown(self):
        raise OSError("tearDown broke")

    def test_fails_too(self):
        self.fail("test failed")

    def test_passes(self):
        pass


run(TearDownFails, verbosity=2)


class CleanupFails(unittest.TestCase):
    def test_c(self):
        self.addCleanup(events.append, "second cleanup ran")
        self.addCleanup(self._bad)

    def _bad(self):
        raise TypeError("cleanup broke")


del events[:]
run(CleanupFails, verbosity=2)
print(events)


class ClassSetUpFails(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(events.append, "class cleanup after failure")
        raise RuntimeError("no class today")

    @classmethod
    def tearDownClass(cls):
        events.append("tearDownClass must not run")

    def test_1(self):
        events.append("must not run")


del events[:]
run(ClassSetUpFails, verbosity=2)
print(events)


class ClassTearDownFails(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise ValueError("class teardown broke")

    def test_1(self):
        pass


run(ClassTearDownFails, verbosity=2)


class ClassCleanupFails(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(cls._bad)

    @classmethod
    def _bad(cls):
        raise LookupError("class cleanup broke")

    def test_1(self):
        pass


run(ClassCleanupFails, verbosity=1)


class ClassSkip(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("skip from setUpClass")

    def test_1(self):
        pass


run(ClassSkip, verbosity=2)

print("=== module fixtures")
mod = sys.modules[__name__]


def setUpModule():
    events.append("setUpModule")
    unittest.addModuleCleanup(events.append, "moduleCleanup")


def tearDownModule():
    events.append("tearDownModule")


del events[:]
run(unittest.TestSuite([Order('test_a'), ClassTearDownFails('test_1')]))
print(events)


def setUpModule():  # noqa: F811
    raise ValueError("module setup broke")


del events[:]
run(unittest.TestSuite([Order('test_a')]), verbosity=2)
print(events)
del setUpModule, tearDownModule

print("=== doCleanups directly")


class Direct(unittest.TestCase):
    def runTest(self):
        pass


d = Direct()
d.addCleanup(print, "cleanup", 1, sep="-")
d.addCleanup(print, "cleanup", 2)
print("doCleanups ->", d.doCleanups())
print("=== expectedFailure in subtest")


class XSub(unittest.TestCase):
    @unittest.expectedFailure
    def test_x(self):
        with self.subTest(n=1):
            self.assertEqual(1, 2)
        events.append("not reached")


run(XSub, verbosity=2)
