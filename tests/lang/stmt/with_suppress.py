# __exit__ returning true suppresses the exception
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressed", et.__name__, ev)
            self.caught = ev
            return True
        return None
with Suppress(KeyError) as s:
    {}["nope"]
    print("not reached")
print("after", repr(s.caught))
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped", e)
class Weird:
    def __enter__(self): return self
    def __exit__(self, *a): return "non-empty string is true"
with Weird():
    1 / 0
print("weird suppressed")
try:
    with object():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
