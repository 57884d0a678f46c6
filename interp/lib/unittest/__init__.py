"""unittest -- the xUnit test framework, CPython 3.11's API.

Design: the package is split as in CPython so that qualified names in
reports (unittest.case.TestCase, ...) are the same: util (repr helpers),
result (TestResult), case (TestCase, asserts, skips, subtests), suite
(TestSuite and class/module fixtures), loader (TestLoader), runner (text
runner), main (TestProgram), signals (Ctrl-C), _log (assertLogs) and
mock (a core subset of unittest.mock). Every module defines `__unittest`,
which is how failure tracebacks recognise and drop the framework's own
frames. IsolatedAsyncioTestCase (async_case) is imported on first use, so
that importing unittest does not import asyncio.
"""

__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext']
__all__.extend(['getTestCaseNames', 'makeSuite', 'findTestCases'])

__unittest = True

from .result import TestResult
from .case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest,
                   skip, skipIf, skipUnless, expectedFailure,
                   doModuleCleanups, enterModuleContext)
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult
from .signals import (installHandler, registerResult, removeResult,
                      removeHandler)
from .loader import makeSuite, getTestCaseNames, findTestCases

_TextTestResult = TextTestResult


def __dir__():
    return globals().keys() | {'IsolatedAsyncioTestCase'}


def __getattr__(name):
    if name == 'IsolatedAsyncioTestCase':
        global IsolatedAsyncioTestCase
        from .async_case import IsolatedAsyncioTestCase
        return IsolatedAsyncioTestCase
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
