from dataclasses import dataclass, field, fields
from typing import ClassVar
import typing
@dataclass
class A:
    x: int
    count: ClassVar[int] = 0
    y: 'ClassVar[int]' = 3
    z: typing.ClassVar = 1
print(A(1), [f.name for f in fields(A)], A.count)
print(A.__dataclass_fields__.keys(), A(2) == A(2))
@dataclass
class B:
    items: ClassVar[list] = []
    n: int = 0
print(B(), B.items)
try:
    @dataclass
    class C:
        x: ClassVar[list] = field(default_factory=list)
except TypeError as e: print(e)
