# open(): argument checking and error messages
import io
fn = "tmp_file_open_args.txt"
cases = [
    ("rw",), ("z",), ("",), ("rt+b",), ("rw+",), ("U",), ("ww",), ("tb",),
]
for (mode,) in cases:
    try:
        open(fn, mode)
    except ValueError as e:
        print(repr(mode), e)
def check(*a, **k):
    try:
        f = open(*a, **k)
        print("opened", f.mode)
        f.close()
    except (ValueError, TypeError, OSError, LookupError) as e:
        print(type(e).__name__, e)
check(fn, "rb", encoding="utf-8")
check(fn, "rb", errors="strict")
check(fn, "wb", newline="")
check(fn, "w", newline="x")
check(fn, "w", buffering=0)
check(fn, 5)
check(fn, "w", encoding=5)
check(fn, "w", errors=5)
check(fn, "w", -1, None, None, None, True, None, 3)
check()
check(fn, "w", badkw=1)
check(3.5)
check("")
check("a\0b")
check(fn, "w", closefd=False)
check(fn, "w", encoding="no-such-encoding")
check(fn, "x")
check(fn, "w")
check(fn, "x")
check(fn, mode="r+")
check(fn, "a+b")
import os
os.remove(fn)
check(fn)
