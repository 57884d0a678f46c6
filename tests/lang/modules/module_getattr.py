# module-level __getattr__ and __dir__ (PEP 562)
import _getattr_mod as m
print(m.real, m.lazy_value, getattr(m, "lazy_x"))
try:
    m.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(dir(m))
from _getattr_mod import lazy_thing
print(lazy_thing)
