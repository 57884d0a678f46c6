# unittest: TextTestRunner output at verbosity 0/1/2 for passing, failing,
# erroring, skipped, expected-failure and unexpected-success tests.
import unittest
from _ut_helper import run


class Mixed(unittest.TestCase):
    def test_a_pass(self):
        self.assertEqual(1 + 1, 2)

    def test_b_fail(self):
        self.assertEqual(1, 2)

    def test_c_error(self):
        {}['missing']

    @unittest.skip("not today")
    def test_d_skip(self):
        pass

    @unittest.expectedFailure
    def test_e_xfail(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_f_xpass(self):
        pass

    def test_g_doc(self):
        """First line of doc.

        More text."""
        self.fail("explicit")

    def test_h_skiptest(self):
        self.skipTest("dynamic reason")

    def test_i_msg(self):
        self.assertEqual("a", "b", msg="custom message")


class AllPass(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        pass


@unittest.skip("whole class")
class SkippedClass(unittest.TestCase):
    def test_x(self):
        pass


class Conditional(unittest.TestCase):
    @unittest.skipIf(True, "skipIf true")
    def test_if_true(self):
        pass

    @unittest.skipIf(False, "skipIf false")
    def test_if_false(self):
        pass

    @unittest.skipUnless(False, "skipUnless false")
    def test_unless_false(self):
        pass

    @unittest.skipUnless(True, "skipUnless true")
    def test_unless_true(self):
        pass


for v in (0, 1, 2):
    print("=== verbosity", v)
    run(Mixed, verbosity=v)
print("=== all pass")
run(AllPass, verbosity=1)
run(AllPass, verbosity=2)
print("=== skipped class")
run(SkippedClass, verbosity=2)
print("=== conditional")
run(Conditional, verbosity=2)
print("=== one test")
run(unittest.TestSuite([AllPass('test_one')]))
print("=== empty")
run(unittest.TestSuite())
print("=== descriptions off")
run(unittest.TestSuite([Mixed('test_g_doc')]), verbosity=2, descriptions=False)
print("=== failfast")
run(Mixed, verbosity=2, failfast=True)
