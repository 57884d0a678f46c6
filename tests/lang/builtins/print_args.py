# print with sep, end, file, flush
import sys, io
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" -> ", end=" END\n")
print(1, 2.5, None, [1], sep=None, end=None)
print("no newline", end="")
print()
buf = io.StringIO()
print("to buffer", 42, file=buf, sep=",")
print(repr(buf.getvalue()))
print("to stdout explicitly", file=sys.stdout, flush=True)
print("to stderr is not compared", file=sys.stderr)
print(*[1, 2, 3], sep="+")
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
print("", end="\n\n")
print(*"", "empty star")
