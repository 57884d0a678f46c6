# Range/type errors of bytes and bytearray constructors and mutators.
def t(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: bytes([256]))
t(lambda: bytes([-1]))
t(lambda: bytearray([-1]))
t(lambda: bytearray([300]))
t(lambda: bytearray(b'a').append(300))
t(lambda: bytes(range(250, 260)))
t(lambda: bytearray(range(250, 260)))
t(lambda: bytes(['a']))
t(lambda: bytearray([1.5]))
t(lambda: bytes(-1))
t(lambda: bytearray('abc'))
t(lambda: bytes(1.5))
t(lambda: bytearray([1, 2, 255]))
def setitem():
    b = bytearray(b'abc')
    b[0] = 256
t(setitem)
def setslice():
    b = bytearray(b'abc')
    b[0:1] = [1, 999]
t(setslice)
