# enum module
from enum import Enum, IntEnum, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = auto()
print(Color.RED, repr(Color.GREEN), Color.BLUE.value, Color(2).name)
print([c.name for c in Color], len(Color), Color["RED"] is Color.RED)
try:
    Color(9)
except ValueError as e:
    print(type(e).__name__, e)
class Pri(IntEnum):
    LOW = 1
    HIGH = 3
print(Pri.HIGH > Pri.LOW, Pri.LOW + 1, sorted([Pri.HIGH, Pri.LOW]))
print(isinstance(Color.RED, Color), Color.RED == 1)
