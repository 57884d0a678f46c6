# an exception raised in __exit__ replaces the original one
class Bad:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError("from exit")
try:
    with Bad():
        raise ValueError("original")
except RuntimeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
try:
    with Bad():
        pass
except RuntimeError as e:
    print("no body error:", e, e.__context__)
