import warnings
warnings.filterwarnings("ignore", message=".*deprecated")
warnings.warn("this is deprecated")
warnings.warn("THIS IS Deprecated too")
warnings.filterwarnings("error", message="Boom")
try: warnings.warn("boom happens")
except UserWarning as e: print("err", e)
warnings.filterwarnings("ignore", category=RuntimeWarning, module="__ma")
warnings.warn("rt", RuntimeWarning)
def f():
    warnings.warn("in f", stacklevel=2)
for i in range(3):
    f()
warnings.warn(UserWarning("inst"))
class MyW(UserWarning): pass
warnings.warn("mine", MyW)
print(warnings.formatwarning("m", UserWarning, "file.py", 3, "line src"))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    for i in range(2): warnings.warn("x")
    print(len(w), w[0].message, type(w[0].message), w[0].category, w[0].lineno)
    print(str(w[0]).replace(__file__, "F"))
try: warnings.warn("x", 5)
except TypeError as e: print(e)
warnings.resetwarnings()
warnings.warn("after reset", DeprecationWarning)
warnings.simplefilter("once")
warnings.warn("once1"); warnings.warn("once1")
