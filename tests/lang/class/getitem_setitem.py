# container protocol: __getitem__, __setitem__, __delitem__, slices
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        print("get", key)
        return self.cells.get(repr(key), 0)
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[repr(key)] = value
    def __delitem__(self, key):
        print("del", key)
        del self.cells[repr(key)]
g = Grid()
g[1, 2] = 5
print(g[1, 2], g[0, 0])
g[1:3] = "s"
g[::2]
g[...]
del g[1, 2]
try:
    del g[9]
except KeyError as e:
    print(type(e).__name__, e)
print(g.cells)
