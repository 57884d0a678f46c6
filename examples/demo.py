"""gilpy's flagship demo: what CPython hides, shown.

Run with `make demo` (or `build/gilpy examples/demo.py`).

1. Why `balance += 1` is not atomic: the bytecode of the statement.
2. Objects are reference counted: watch a count rise and fall.
3. Small ints are shared, big ones are not.
"""
import dis
import sys

balance = 0

def deposit():
    global balance
    balance += 1

print("1. `balance += 1` is three steps -- load, add, store:")
dis.dis(deposit)
print("   A thread switch between the load and the store loses an update.")
print()

print("2. Reference counts (sys.getrefcount counts its own argument too):")
x = object()
print("   a fresh object bound to one name:", sys.getrefcount(x))
y = x
print("   after `y = x`:                   ", sys.getrefcount(x))
holder = [x, x]
print("   after putting it twice in a list:", sys.getrefcount(x))
del holder, y
print("   after `del holder, y`:           ", sys.getrefcount(x))
print()

print("3. Small ints -5..256 are preallocated and shared:")
a = int("256")
b = int("257")
print("   256 is int('256'):", 256 is a)
print("   257 is int('257'):", 257 is b)
