from .. import pkg_level
from ..sub import SUB_CONST
from . import inner_flag
def deep_value():
    return f"{pkg_level}|{SUB_CONST}|{inner_flag}|{__name__}"
