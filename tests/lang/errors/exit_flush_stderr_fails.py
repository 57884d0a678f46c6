# Flushing sys.stderr at exit fails: nothing is reported, status 120.
# A stream whose `closed` is true is not flushed.
import sys


class Err:
    def write(self, s):
        return len(s)

    def flush(self):
        raise ValueError("no")


class Closed:
    closed = True

    def write(self, s):
        return len(s)

    def flush(self):
        raise OSError("never called")


sys.stderr = Err()
sys.stdout = Closed()
print("hello")
sys.__stdout__.write("end of script\n")
