"""Helper module for the import tests."""
print("loading _helper as", __name__)
x = 10
y = "why"
items = []
def double(n):
    return n * 2
class Thing:
    pass
_hidden = "underscore"
