# Helper module for ut_loader_main: test classes loaded by name/module.
import unittest


class Beta(unittest.TestCase):
    def test_b2(self):
        pass

    def test_b1(self):
        pass

    def check_other(self):
        pass

    test_not_callable = 5


class Alpha(unittest.TestCase):
    def test_z(self):
        pass

    def test_a(self):
        self.assertEqual(2, 3)

    def test_10(self):
        pass

    def test_9(self):
        pass


class NoTests(unittest.TestCase):
    def helper(self):
        pass


class WithRunTest(unittest.TestCase):
    def runTest(self):
        pass


def make_suite():
    return unittest.TestSuite([Alpha('test_z')])


def make_case():
    return Beta('test_b1')


def not_a_test():
    return 42


prebuilt = unittest.TestSuite([Beta('test_b2')])
