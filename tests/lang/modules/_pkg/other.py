from . import sub
from .sub import SUB_CONST as C
from .inner import deep
def combined():
    return sub.sub_func(), C, deep.deep_value()
