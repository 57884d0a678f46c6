# unittest: the failure message of every assert method (CPython wording),
# longMessage on/off, msg=, and passing cases.
import re
import unittest

t = unittest.TestCase()


def check(name, *args, **kw):
    try:
        getattr(t, name)(*args, **kw)
    except AssertionError as e:
        print("%s: FAIL\n%s" % (name, re.sub(r"0x[0-9a-f]+", "0x?", str(e))))
    except Exception as e:
        print("%s: %s: %s" % (name, type(e).__name__, e))
    else:
        print("%s: ok" % name)
    print("--")


class Obj:
    def __repr__(self):
        return "<Obj>"


class BadRepr:
    def __repr__(self):
        raise ValueError("no repr")


check('assertEqual', 1, 1)
check('assertEqual', 1, 2)
check('assertEqual', 1, 2, 'note')
check('assertEqual', 1, 1.0)
check('assertEqual', "x" * 100, "x" * 99 + "y")
check('assertEqual', "a" * 50 + "b" * 50, "a" * 50 + "c" * 50)
check('assertEqual', "abc\ndef\nghi\n", "abc\nDEF\nghi\n")
check('assertEqual', "one line", "one lime")
check('assertEqual', [1, 2, 3], [1, 2, 4])
check('assertEqual', [1, 2, 3], [1, 2])
check('assertEqual', [1, 2], [1, 2, 3, 4])
check('assertEqual', (1, 2), (1, 3))
check('assertEqual', [1, 2], (1, 2))
check('assertEqual', {'a': 1, 'b': 2}, {'a': 1, 'b': 3})
check('assertEqual', {1, 2}, {2, 3})
check('assertEqual', frozenset([1]), frozenset())
check('assertEqual', list(range(100)), list(range(1, 101)))
check('assertEqual', {i: i for i in range(60)}, {i: i + 1 for i in range(60)})
check('assertEqual', "\n".join(map(str, range(200))),
      "\n".join(map(str, range(1, 201))))
check('assertEqual', Obj(), Obj())
check("assertEqual", BadRepr(), 1)

check('assertNotEqual', 1, 1)
check('assertNotEqual', 1, 2)
check('assertNotEqual', [1], [1], 'note')
check('assertTrue', 0)
check('assertTrue', [])
check('assertTrue', 1)
check('assertFalse', [1])
check('assertFalse', "")
check('assertIs', 1, None)
check('assertIs', None, None)
check('assertIsNot', None, None)
check('assertIsNone', 5)
check('assertIsNone', None)
check('assertIsNotNone', None)
check('assertIn', 3, [1, 2])
check('assertIn', 'x', 'abc', 'hmm')
check('assertNotIn', 1, [1, 2])
check('assertIsInstance', 1, str)
check('assertIsInstance', 1, (str, bytes))
check('assertIsInstance', 1, int)
check('assertNotIsInstance', 1, int)
check('assertAlmostEqual', 1.0, 1.00000001)
check('assertAlmostEqual', 1.0, 1.1)
check('assertAlmostEqual', 1.0, 1.1, places=1)
check('assertAlmostEqual', 1.0, 1.2, places=1)
check('assertAlmostEqual', 10, 12, delta=1)
check('assertAlmostEqual', 10, 11, delta=1)
check('assertAlmostEqual', 10, 11, places=1, delta=1)
check('assertNotAlmostEqual', 1.0, 1.00000001)
check('assertNotAlmostEqual', 1.0, 1.1)
check('assertNotAlmostEqual', 10, 11, delta=2)
check('assertNotAlmostEqual', 1, 1, delta=2)
check('assertNotAlmostEqual', 1.0, 1.04, places=1)
check('assertGreater', 1, 2)
check('assertGreater', 2, 1)
check('assertGreaterEqual', 1, 2)
check('assertGreaterEqual', 2, 2)
check('assertLess', 2, 1)
check('assertLess', 1, 2)
check('assertLessEqual', 3, 2)
check('assertLessEqual', 2, 2)
check('assertRegex', 'hello world', r'wor+ld')
check('assertRegex', 'hello', r'\d+')
check('assertRegex', 'hello', '')
check('assertNotRegex', 'abc123def', r'\d+')
check('assertNotRegex', 'abc', r'\d+')
check('assertCountEqual', [1, 2, 2], [2, 1, 2])
check('assertCountEqual', [1, 2, 2, 3], [2, 1, 1])
check('assertCountEqual', [[1], [2]], [[2], [2]])
check('assertCountEqual', 'aab', 'abb')
check('assertSequenceEqual', [1, 2], (1, 2))
check('assertSequenceEqual', [1, 2], (1, 3))
check('assertSequenceEqual', 5, [1])
check('assertSequenceEqual', [1], 5)
check('assertListEqual', (1,), [1])
check('assertListEqual', [1], (1,))
check('assertListEqual', [1, [2, 3]], [1, [2, 4]])
check('assertTupleEqual', (1, 2, 3), (1, 2, 3, 4))
check('assertTupleEqual', [1], (1,))
check('assertDictEqual', {'a': 1}, {'a': 1})
check('assertDictEqual', {'a': 1}, {'a': 2, 'b': [1, 2]})
check('assertDictEqual', [], {})
check('assertDictEqual', {}, [])
check('assertSetEqual', {1}, {1})
check('assertSetEqual', {1, 2}, {1})
check('assertSetEqual', {1}, {1, 2})
check('assertSetEqual', {1}, [1])
check('assertSetEqual', 1, {1})
check('assertMultiLineEqual', "a\nb\n", "a\nc\n")
check('assertMultiLineEqual', "a", 1)
check('assertMultiLineEqual', 1, "a")
check('assertMultiLineEqual', "a\r\nb", "a\nb")
check('fail')
check('fail', 'boom')

print("== longMessage off")
t.longMessage = False
check('assertEqual', 1, 2)
check('assertEqual', 1, 2, 'only this')
check('assertIn', 3, [1], 'only this')
t.longMessage = True

print("== maxDiff")
t.maxDiff = None
check('assertEqual', list(range(30)), list(range(1, 31)))
t.maxDiff = 20
check('assertEqual', [1, 2, 3], [1, 2, 4])
check('assertEqual', "a\nb\n", "a\nc\n")
t.maxDiff = 80 * 8

print("== custom failureException")


class MyErr(Exception):
    pass


class Custom(unittest.TestCase):
    failureException = MyErr

    def runTest(self):
        pass


c = Custom()
try:
    c.assertEqual(1, 2)
except MyErr as e:
    print("MyErr", e)
try:
    c.fail()
except MyErr as e:
    print("MyErr", e.args)

print("== addTypeEqualityFunc")


class Pt:
    def __init__(self, x):
        self.x = x


def pt_eq(a, b, msg=None):
    if a.x != b.x:
        raise t.failureException("points differ: %d vs %d" % (a.x, b.x))


t.addTypeEqualityFunc(Pt, pt_eq)
check('assertEqual', Pt(1), Pt(1))
check('assertEqual', Pt(1), Pt(2))

print("== deprecated aliases")
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    check('assertEquals', 1, 2)
    check('failUnless', 0)
    check('assertNotEquals', 1, 2)
    print([str(x.message) for x in w])
