# unittest: IsolatedAsyncioTestCase -- phase order (sync and async setUp/
# tearDown), async tests and cleanups, enterAsyncContext, failures and
# errors in coroutines (no traceback text compared), a fresh event loop per test.
import asyncio
import io
import sys
import unittest
from _ut_helper import run

events = []


class acm:
    async def __aenter__(self):
        events.append("aenter")
        return "ctx"

    async def __aexit__(self, *exc):
        events.append("aexit")


class A(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        events.append("setUp")

    async def asyncSetUp(self):
        events.append("asyncSetUp")
        self.value = await self.enterAsyncContext(acm())

    async def test_ok(self):
        await asyncio.sleep(0)
        self.addAsyncCleanup(self.acleanup, "x")
        self.addCleanup(events.append, "sync cleanup")
        events.append("test_ok " + self.value)

    async def acleanup(self, tag):
        await asyncio.sleep(0)
        events.append("async cleanup " + tag)

    async def test_fail(self):
        events.append("test_fail")
        self.assertEqual(await self.compute(), 3)

    async def compute(self):
        await asyncio.sleep(0)
        return 2

    async def test_error(self):
        events.append("test_error")
        await asyncio.sleep(0)
        raise LookupError("async boom")

    def test_sync(self):
        events.append("test_sync")

    async def asyncTearDown(self):
        events.append("asyncTearDown")

    def tearDown(self):
        events.append("tearDown")


# Tracebacks of async tests go through the event loop's internals, which
# differ between implementations: print statuses and final lines only.
stream = io.StringIO()
res = unittest.TextTestRunner(stream=stream, verbosity=2).run(
    unittest.TestLoader().loadTestsFromTestCase(A))
print(stream.getvalue().split("\n\n")[0])
for test, tb in res.errors + res.failures:
    print(test.id(), "->", tb.strip().splitlines()[-1])
print(res.testsRun, res.wasSuccessful())
for e in events:
    print(e)

loops = []


class Loops(unittest.IsolatedAsyncioTestCase):
    async def test_1(self):
        loops.append(asyncio.get_running_loop())

    async def test_2(self):
        loops.append(asyncio.get_running_loop())


run(Loops)
print(len(loops), loops[0] is not loops[1], all(l.is_closed() for l in loops))
print('IsolatedAsyncioTestCase' in dir(unittest))
try:
    unittest.NoSuchThing
except AttributeError as e:
    print("AttributeError", e)
