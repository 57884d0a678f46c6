# sys._debugmallocstats() writes its report to stderr (not compared here:
# the figures are allocator-specific) and returns None.
import sys

print(hasattr(sys, "_debugmallocstats"))
print(sys._debugmallocstats())
try:
    sys._debugmallocstats(1)
except TypeError:
    print("TypeError: takes no arguments")
