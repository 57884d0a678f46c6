# AttributeError and NameError messages and attributes
class C: pass
try:
    C().missing
except AttributeError as e:
    print(e, e.name, type(e.obj).__name__)
try:
    C.missing
except AttributeError as e:
    print(e)
try:
    (5).missing
except AttributeError as e:
    print(e)
import math
try:
    math.missing
except AttributeError as e:
    print(e)
try:
    undefined_thing
except NameError as e:
    print(e, e.name)
