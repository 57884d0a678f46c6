# unittest: traceback trimming in reports (helper frames kept, unittest
# frames dropped), chained exceptions, buffer=True output capture, and
# TestResult used directly.
import sys
import unittest
from _ut_helper import run


def helper(x):
    assert_equal_deep(x)


def assert_equal_deep(x):
    raise ValueError("deep %d" % x)


class TB(unittest.TestCase):
    def check(self, v):
        self.assertEqual(v, 0)

    def test_helper_fail(self):
        self.check(5)

    def test_deep_error(self):
        helper(3)

    def test_chained(self):
        try:
            {}['k']
        except KeyError as e:
            raise RuntimeError("wrapped") from e

    def test_context(self):
        try:
            1 / 0
        except ZeroDivisionError:
            self.fail("during handling")

    def test_assert_stmt(self):
        assert 1 == 2, "plain assert"


run(TB)


class Buf(unittest.TestCase):
    def test_out_pass(self):
        print("hidden stdout")

    def test_out_fail(self):
        print("shown stdout")
        sys.stderr.write("shown stderr")
        self.fail("with output")


print("=== buffer")
run(Buf, verbosity=2, buffer=True)

print("=== plain TestResult")
r = unittest.TestResult()
print(r, r.wasSuccessful(), r.shouldStop)
unittest.TestLoader().loadTestsFromTestCase(TB).run(r)
print(r, r.wasSuccessful(), len(r.failures), len(r.errors))
print([t.id() for t, _ in r.failures])
print([t.id() for t, _ in r.errors])
print(r.failures[0][1].splitlines()[-1])
r.stop()
print(r.shouldStop)
