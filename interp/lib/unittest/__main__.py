"""python -m unittest: run the test names on the command line, or discover."""

import sys

if sys.argv[0].endswith("__main__.py"):
    import os.path
    # Show "python -m unittest" rather than the file path in usage text.
    executable = os.path.basename(sys.executable)
    sys.argv[0] = executable + " -m unittest"
    del os

__unittest = True

from .main import main  # noqa: E402

main(module=None)
