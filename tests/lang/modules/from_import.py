# from module import names
from _helper import x, y as why, double
print(x, why, double(21))
from _pkg import sub_func, pkg_level
print(sub_func(), pkg_level)
from _pkg.sub import SUB_CONST
print(SUB_CONST)
from _pkg import inner
print(inner.inner_flag)
try:
    from _helper import does_not_exist
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
from _helper import (
    x as x2,
    Thing,
)
print(x2, Thing.__name__)
