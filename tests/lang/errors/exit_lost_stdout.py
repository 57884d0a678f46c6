# print() with sys.stdout None does nothing; with sys.stdout deleted it
# raises RuntimeError: lost sys.stdout.
import sys
saved = sys.stdout
sys.stdout = None
print("not shown")
sys.stdout = saved
print("shown")
try:
    print("x", flush=True, file=None, sep=1)
except TypeError as e:
    print(type(e).__name__, e)
del sys.stdout
try:
    print("x")
except RuntimeError as e:
    sys.stderr.write("caught %s: %s\n" % (type(e).__name__, e))
print("uncaught")
