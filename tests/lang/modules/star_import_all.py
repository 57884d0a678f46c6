# from m import * honours __all__
from _star_mod import *
print(public_a, _exported_private)
try:
    print(public_b)
except NameError as e:
    print(type(e).__name__, e)
from _star_noall import *
print(visible, also_visible)
try:
    print(_invisible)
except NameError as e:
    print(type(e).__name__, e)
try:
    exec("def f():\n    from _star_mod import *\n")
except SyntaxError as e:
    print("SyntaxError", e.msg)
