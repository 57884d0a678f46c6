# Exceptions in atexit callbacks are reported and ignored; SystemExit too:
# the exit status stays the script's (0).
import atexit
import sys


class Callback:
    def __init__(self, func):
        self.func = func

    def __call__(self):
        self.func()

    def __repr__(self):
        return "<Callback %s>" % self.func.__name__


def fails():
    raise ValueError("callback failed")


def exits():
    sys.exit(9)


atexit.register(print, "runs last")
atexit.register(Callback(fails))
atexit.register(int, "x")
atexit.register(Callback(exits))
print("end of script")
