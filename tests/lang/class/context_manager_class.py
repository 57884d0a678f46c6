# a class-based context manager plus contextlib
import contextlib
class Timer:
    depth = 0
    def __enter__(self):
        Timer.depth += 1
        print("  " * Timer.depth + "enter")
        return self
    def __exit__(self, *exc):
        print("  " * Timer.depth + "exit")
        Timer.depth -= 1
with Timer():
    with Timer():
        print("inner")
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("content", t)
try:
    with tag("i"):
        raise ValueError("inside")
except ValueError as e:
    print("caught", e)
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print("suppressed ok")
