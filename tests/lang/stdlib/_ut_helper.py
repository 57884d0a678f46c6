# Helper for the ut_* tests: run a suite with TextTestRunner into a StringIO
# and print the report with timing and file paths masked.
import io
import re
import unittest


def clean(text):
    text = re.sub(r'Ran (\d+) tests? in \d+\.\d+s', r'Ran \1 tests in X.XXXs',
                  text)
    text = re.sub(r'File "[^"]*/([^"/]+)"', r'File "\1"', text)
    lines = [l for l in text.split('\n')
             if not (l.strip() and set(l.strip()) <= set('^~'))]
    return '\n'.join(lines)


def run(test, verbosity=1, **kw):
    if isinstance(test, type):
        test = unittest.TestLoader().loadTestsFromTestCase(test)
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw)
    result = runner.run(test)
    print(clean(stream.getvalue()))
    print('result:', result.testsRun, len(result.failures),
          len(result.errors), len(result.skipped),
          len(result.expectedFailures), len(result.unexpectedSuccesses),
          result.wasSuccessful())
    return result
