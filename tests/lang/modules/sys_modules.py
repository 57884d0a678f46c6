# sys.modules caches imported modules
import sys
print("_helper" in sys.modules)
import _helper
print("_helper" in sys.modules, sys.modules["_helper"] is _helper)
print(sys.modules["__main__"].__name__, "sys" in sys.modules, "builtins" in sys.modules)
import types
fake = types.ModuleType("_fake_module", "a module made at run time")
fake.answer = 42
sys.modules["_fake_module"] = fake
import _fake_module
print(_fake_module.answer, _fake_module.__doc__)
del sys.modules["_helper"]
import _helper as reloaded
print(reloaded is _helper, reloaded.x)
sys.modules["_blocked"] = None
try:
    import _blocked
except ImportError as e:
    print(type(e).__name__, e)
