"""A test package."""
print("init _pkg, __name__ =", __name__, "__package__ =", __package__)
pkg_level = "from __init__"
from .sub import sub_func
