# crc32/adler32: known values, running values, starting values taken modulo
# 2**32 (negative and huge ints), the buffer types they accept, and errors.
import zlib

for f in (zlib.crc32, zlib.adler32):
    print(f.__name__, f(b''), f(b'a'), f(b'hello world'), f(b'\x00' * 1000))
    whole = f(b'hello world' * 1000)
    run = f(b'')
    for i in range(0, 11000, 37):
        run = f((b'hello world' * 1000)[i:i + 37], run)
    print('  running', whole, run, whole == run)
    print('  start', f(b'abc', 0), f(b'abc', 1), f(b'abc', 12345), f(b'abc', 0xffffffff))
    print('  masked', f(b'abc', -1), f(b'abc', 2 ** 32 + 5) == f(b'abc', 5), f(b'abc', -2 ** 70 + 3))
    print('  types', f(bytearray(b'xyz')), f(memoryview(b'xyz')), f(b'xyz', True))
    big = bytes(range(256)) * 100
    print('  big', f(big), f(big[:6000], f(big[6000:0])) == f(big[:6000]))
    for args in [(), ('abc',), (b'a', 1.5), (b'a', None), (b'a', 1, 2), (123,), ('abc', 1.5)]:
        try:
            f(*args)
        except TypeError as e:
            print('  TypeError', e)
    try:
        f(b'a', value=3)
    except TypeError as e:
        print('  TypeError', e)
