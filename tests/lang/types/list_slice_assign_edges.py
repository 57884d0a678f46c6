def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: [1].insert(2**100, 0))
t(lambda: [1].pop(2**100))
t(lambda: [1].index(1, 2**100))
t(lambda: [1].index(1, -2**100))
t(lambda: [1,2,3].index(3, -2**100, 2**100))
t(lambda: (1,2,3).index(3, -2**100, 2**100))
t(lambda: [1] * 2**100)
t(lambda: (1,) * 2**100)
t(lambda: [1][2**100])
t(lambda: (1,)[-2**100])
t(lambda: range(5).index(2**100))
t(lambda: 'a'.join(['b'] * 3))
def f():
    l = list(range(10)); l[-1:-5:-1] = 'abcd'; return l
t(f)
def f():
    l = list(range(10)); del l[-1:-8:-3]; return l
t(f)
def f():
    l = list(range(10)); del l[8:2:-2]; return l
t(f)
def f():
    l = list(range(10)); l[8:2:-2] = []; return l
t(f)
def f():
    l = list(range(10)); l[5:2] = ['x']; return l
t(f)
def f():
    l = list(range(10)); l[::-1] = range(10); return l
t(f)
def f():
    l = list(range(5)); l[10:] = [1]; l[-100:-99] = [2]; return l
t(f)
def f():
    l = list(range(5)); l[::2] = []; return l
t(f)
def f():
    l = []; l[::2] = []; return l
t(f)
def f():
    l = [1]; l[:] = 'abc'; return l
t(f)
def f():
    l = [1]; l[:] = None
t(f)
def f():
    l = [1]; l[:] = 5
t(f)
def f():
    l = [1,2]; l[::-1] = None
t(f)
def f():
    l = [1,2]; l[::1] = None
t(f)
def f():
    l = [1,2,3]; del l[5:10]; del l[-10:1]; return l
t(f)
def f():
    l = list(range(20)); del l[::-1]; return l
t(f)
def f():
    l = list(range(20)); l[2:15:4] = l[2:15:4][::-1]; return l
t(f)
t(lambda: list(range(10))[slice(2, None, 3)])
t(lambda: list(range(10))[slice(None, 2, -3)])
t(lambda: list(range(10))[-3::-3])
t(lambda: tuple(range(10))[-3:0:-4])
t(lambda: range(10)[-3:0:-4])
t(lambda: range(0, 20, 3)[::-2])
t(lambda: range(0, 20, 3)[100:])
t(lambda: range(0, -20, -3)[2:-1])
t(lambda: range(5)[::2**100])
t(lambda: [1,2,3][::2**100])
t(lambda: [1,2,3][::-2**100])
t(lambda: (1,2,3)[::-2**100])
t(lambda: range(5)[::-2**100])
t(lambda: slice(1, 2, 2**100).indices(10))
