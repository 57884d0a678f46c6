"""Module docstring."""
# comments everywhere
x = 1  # trailing comment
# a comment line
def f():
    """Function doc."""
    # inside
    return 1  # done
class C:
    """Class doc."""
print(__doc__)
print(f.__doc__, C.__doc__)
def g():
    x = 1
    """not a docstring"""
print(g.__doc__)
s = "# not a comment"
print(s)
