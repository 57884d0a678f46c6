# marshal: round trips in every format version, CPython-written data
# (with back-references) read back, files holding several values, errors.
import marshal, io

vals = [None, True, False, 0, 1, -1, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**100, -(2**100),
        1.5, -0.0, float('inf'), 1 + 2j, '', 'abc', 'x' * 300, 'h\xe9llo', '\u20ac' * 3,
        b'', b'\x00\xff', (), (1,), tuple(range(300)), [1, [2]], {'a': 1, (1, 'b'): [2.5]},
        {1, 2}, frozenset({3}), Ellipsis, StopIteration, {('a', 1, 'f'): (1, 1, 0.1, 0.1, {})}]
for v in vals:
    for ver in (4, 3, 2, 1, 0):
        back = marshal.loads(marshal.dumps(v, ver))
        assert back == v and type(back) is type(v), (v, ver)
print('round trips ok', marshal.version)

# unshared values (built at run time) are written exactly as CPython writes them
makers = [lambda: int('2147483648'), lambda: -int('1' * 30), lambda: float('1.5'),
          lambda: complex('1+2j'), lambda: ''.join(['x'] * 300), lambda: ''.join(['\u20ac', 'a']), lambda: bytes([0, 255]),
          lambda: [float('2.5')], lambda: {''.join(['k', 'j']): [float('1e300')]}]
for make in makers:
    print(marshal.dumps(make()).hex()[:60], marshal.dumps(make(), 2).hex()[:60])
print(marshal.dumps(float('1.5'), 1))

# bytes written by CPython with FLAG_REF and TYPE_REF
data = bytes.fromhex('fba903da0161e901000000da0166290572030000007203000000'
                     'e79a9999999999b93f7205000000fb30' '30')
print(marshal.loads(data))
print(marshal.loads(b'[\x02\x00\x00\x00\xda\x03abcr\x00\x00\x00\x00'))

f = io.BytesIO()
marshal.dump((1, 'a'), f)
marshal.dump([2.0], f)
f.seek(0)
print(marshal.load(f), marshal.load(f))
for thunk in [lambda: marshal.load(f), lambda: marshal.loads(b''), lambda: marshal.loads(b'i\x01'),
              lambda: marshal.loads(b'?'), lambda: marshal.loads(b'(\x02\x00\x00\x00i\x01\x00\x00\x00'),
              lambda: marshal.dumps(object()), lambda: marshal.dumps([print]), lambda: marshal.dumps(1, 2, 3)]:
    try:
        print(thunk())
    except (EOFError, ValueError, TypeError) as exc:
        print(type(exc).__name__)
