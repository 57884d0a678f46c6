# unbounded recursion: catch the RecursionError and report it
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("caught:", e)
    sys.exit(7)
