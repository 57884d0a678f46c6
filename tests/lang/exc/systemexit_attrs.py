# SystemExit carries a code and can be caught
import sys
for args in [(), (0,), (3,), ("message",), (1, 2)]:
    try:
        sys.exit(*args) if len(args) <= 1 else (_ for _ in ()).throw(SystemExit(*args))
    except SystemExit as e:
        print(repr(e.code), e.args)
try:
    raise SystemExit
except SystemExit as e:
    print(e.code, isinstance(e, Exception), isinstance(e, BaseException))
