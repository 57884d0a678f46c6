"""Docstring first: a future import may follow it."""
from __future__ import annotations
from __future__ import division, generators, print_function
import sys

# module level: stored as strings, never evaluated
x: undefined_name
y: list[int] = [1]
z: 'quoted' = 3
print(__annotations__)
print(y, z)

# complex targets: stored nowhere, annotation not evaluated, target evaluated
class Obj: pass
o = Obj()
o.attr: undefined_too = 5
(w): also_undefined = 6
d = {}
d['k']: nope = 7
print(o.attr, w, d, 'w' in __annotations__)
try:
    missing.attr: int
except NameError as e:
    print('NameError', e)

class C:
    a: int
    b: "str" = 'x'
    (c): never_evaluated
    __private: dict[str, C]
    def method(self) -> C: return self
print(C.__annotations__)
print(C.method.__annotations__)

class Outer:
    class Inner:
        v: Outer.Inner | None = None
    print(Inner.__annotations__)

# local annotations: not evaluated, not stored
def local():
    q: undefined_local = 1
    r: also_undefined
    (s): nope = 2
    return q, s
print(local())
print(local.__annotations__)

def noann(a, b=1): pass
print(noann.__annotations__)

# lambda defaults are still evaluated; annotations of nested defs are strings
def outer():
    def inner(p: T) -> T: pass
    return inner
print(outer().__annotations__)

# the future import binds a name like any import
print(annotations.compiler_flag == 0x1000000, division.compiler_flag)

# every code object compiled here carries CO_FUTURE_ANNOTATIONS
print(hex(sys._getframe().f_code.co_flags & 0x1000000))
print(hex(local.__code__.co_flags & 0x1000000))
print(hex((lambda: 0).__code__.co_flags & 0x1000000))
