# Flushing sys.stdout at exit fails: the error is reported as
# "Exception ignored in: <repr>" and the exit status becomes 120.
import sys


class Out:
    def write(self, s):
        sys.__stdout__.write("[" + s + "]")
        return len(s)

    def flush(self):
        raise OSError(5, "flush failed")

    def __repr__(self):
        return "<Out>"


sys.stdout = Out()
print("hello")
