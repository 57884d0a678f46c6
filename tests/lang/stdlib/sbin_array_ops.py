import array, io, copy
def t(f):
    try: r = f(); print("ok", r)
    except Exception as e: print(type(e).__name__, e)
A = array.array
def iadd():
    a = A('i', [1]); a += [2]; return a
t(iadd)
def iadd2():
    a = A('i', [1]); a += A('b',[2]); return a
t(iadd2)
def imul():
    a = A('i', [1,2]); a *= 3; return a
t(imul)
def imul2():
    a = A('i', [1,2]); a *= 'x'; return a
t(imul2)
t(lambda: [1] + A('i'))
t(lambda: 'x' * A('i'))
t(lambda: A('i',[1,2,3]).index(3, 0, 2))
t(lambda: A('i',[1,2,3]).index(3, -1))
t(lambda: A('i',[1,2,3]).index(3, 'a'))
t(lambda: A('i',[1,2,3]).index())
t(lambda: A('i',[1,2,3]).count(2.0))
t(lambda: A('i',[1,2,3]).count())
t(lambda: 2.0 in A('i',[1,2,3]))
t(lambda: 'a' in A('i',[1,2,3]))
t(lambda: A('i',[1,2,3]).pop(-4))
t(lambda: A('i',[1,2,3]).pop(1.0))
def ins():
    a = A('i',[1,2,3]); a.insert(-10, 9); a.insert(100, 8); a.insert(1, 7); return a
t(ins)
t(lambda: A('i',[1,2,3]).insert(1, 'a'))
t(lambda: A('i',[1,2,3]).insert(1))
def fl():
    a = A('i',[1,2,3]); a.fromlist([4, 'a']); return a
t(fl)
def ex():
    a = A('i',[1,2,3]); a.extend([4, 'a']); return a
t(ex)
def ex2():
    a = A('i',[1,2,3]); a.extend(a); return a
t(ex2)
def sl():
    a = A('i',range(10)); a[2:5] = A('i'); return a
t(sl)
def sl2():
    a = A('i',range(10)); a[::3] = A('i',[7,7,7,7]); return a
t(sl2)
def sl3():
    a = A('i',range(10)); del a[::3]; del a[-1]; return a
t(sl3)
def sl4():
    a = A('i',range(10)); a[5:2] = A('i',[1,1]); return a
t(sl4)
def sl5():
    a = A('i',range(10)); a[:] = a; return a
t(sl5)
def sl6():
    a = A('i',range(10)); a[::-2] = a[1::2]; return a
t(sl6)
def sl7():
    a = A('i',range(10)); a[1] = 'x'; return a
t(sl7)
def sl8():
    a = A('i',range(10)); del a[::-1]; return a
t(sl8)
t(lambda: A('i', range(10))[::-3])
t(lambda: A('i', range(10))[-3:])
t(lambda: A('i', range(10))[2.0])
t(lambda: A('i', range(10))[2:'a'])
t(lambda: A('i', range(3)).__delitem__('a'))
t(lambda: A('i', range(3)).__setitem__('a', 3))
t(lambda: A('i', range(3)).__setitem__(slice(1,2), 3))
t(lambda: A('i', [1,2]).fromfile(io.BytesIO(b'\x01\0\0\0\x02\0\0'), 2))
t(lambda: A('i', [1,2]).fromfile(io.BytesIO(b'\x01\0\0\0\x02\0\0'), -1))
t(lambda: A('i', [1,2]).fromfile(io.StringIO('abcd'), 1))
t(lambda: A('i', [1,2]).fromfile(io.BytesIO(b'\x01\0\0\0\x02\0\0\0'), 1.0))
def ff():
    a = A('i', [1,2])
    try: a.fromfile(io.BytesIO(b'\x01\0\0\0\x02\0\0'), 2)
    except EOFError: pass
    return a
t(ff)
def tf():
    b = io.BytesIO(); A('h', [1,2,-1]).tofile(b); return b.getvalue()
t(tf)
t(lambda: A('u', 'abc').tobytes())
t(lambda: A('u', 'héllo€😀').tounicode())
t(lambda: A('u', 'héllo€😀'))
t(lambda: A('u', 'héllo€😀')[6])
t(lambda: A('u', 'ab').tolist())
t(lambda: A('f', [1.5, 2.25]).tolist())
t(lambda: A('d', [1e100, float('nan'), float('-inf'), -0.0]))
t(lambda: A('d', [float('nan')]) == A('d', [float('nan')]))
t(lambda: A('i', [1,2]) == A('d', [1.0,2.0]))
t(lambda: A('i', [1,2]) < A('i', [1,2,0]))
t(lambda: A('i', [1,3]) >= A('i', [1,2,0]))
t(lambda: A('i', [1,3]) != A('b', [1,3]))
t(lambda: A('u', 'ab') == A('u', 'ab'))
t(lambda: A('u', 'ab') < A('u', 'ac'))
t(lambda: A('u', 'ab') == A('i', [97]))
t(lambda: copy.copy(A('i', [1,2])))
t(lambda: copy.deepcopy(A('d', [1,2])))
t(lambda: A('i',[1,2]).__copy__())
t(lambda: A('i',[1,2]).__deepcopy__({}))
t(lambda: A('i',[1,2]).__deepcopy__())
t(lambda: A('H',[1,0x102]).byteswap() )
def bs():
    a=A('H',[1,0x102]); a.byteswap(); b=A('d',[1.0]); b.byteswap(); c=A('u','a'); c.byteswap(); return a, b, c.tobytes()
t(bs)
t(lambda: list(reversed(A('i',[1,2,3]))))
t(lambda: sorted(A('i',[3,1,2])))
t(lambda: len(A('q',[3,1,2])))
t(lambda: bool(A('q')))
t(lambda: str(A('q',[1])))
t(lambda: A('u','ab').index('b'))
t(lambda: A('b').__len__())
t(lambda: A('i', [1]).frombytes(memoryview(b'\x01\0\0\0')))
t(lambda: A('i', [1]).tounicode())
t(lambda: A('i', [1]).fromunicode('a'))
t(lambda: A('i', [1]).typecode)
t(lambda: A('i', [1]).itemsize)
class S(A):
    pass
t(lambda: S('i', [1, 2]))
t(lambda: S('i', [1, 2]) + S('i', [3]))
t(lambda: type(S('i', [1, 2])[:1]))
t(lambda: S('i', [1, 2]) * 2)
t(lambda: copy.copy(S('i', [1, 2])))
class S2(A):
    def __init__(self, tc, init, extra=0):
        self.extra = extra
t(lambda: S2('i', [1, 2]).extra)
t(lambda: S2('i', [1, 2], 5))
t(lambda: S2('i', [1, 2], extra=5))
t(lambda: A('i', [1,2]) * (2**70))
import collections.abc
t(lambda: isinstance(A('i'), collections.abc.MutableSequence))
match A('i', [1, 2]):
    case [x, y]: print("seq", x, y)
    case _: print("not seq")
t(lambda: A('i', [1,2]).buffer_info()[1])
t(lambda: A('u', 'a').itemsize)
t(lambda: A('u', b'a\0\0\0b\0\0\0'))
t(lambda: A('u', b'\0\0\x11\0').tounicode())
t(lambda: A('u', b'\0\0\x11\0'))
t(lambda: A('u', b'\0\0\x11\0')[0])
t(lambda: A('u', [chr(0xd800)]))
