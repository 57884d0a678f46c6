# pickle: exact bytes for every protocol for builtin values, and round trips.
import pickle

values = [
    None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129,
    2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**63, -2**64, 2**2100, -(2**2100),
    0.0, -0.0, 1.5, 1e300, float('inf'), float('-inf'), 3.141592653589793,
    1j, complex(1.5, -2),
    '', 'a', 'caf\xe9', '\u20ac \U0001f600', 'a\nb\\c\r\0\x1ad', 'x' * 300,
    b'', b'ab', b'\x00\xff\n', b'z' * 300, bytearray(), bytearray(b'xy'),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 'a'], {}, {1: 2},
    {'a': 1, 'b': [2, 3]}, set(), {1, 2, 3}, frozenset(), frozenset({5, 6}),
    range(3), range(1, 10, 2), slice(1, 2, 3), slice(None),
    int, str, type(None), type(...), type(NotImplemented), len,
    ValueError, Ellipsis, NotImplemented,
]

for v in values:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        same = back == v if v == v else repr(back) == repr(v)
        print(proto, repr(v)[:40], data, same, type(back).__name__)

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(pickle.dumps(1) == pickle.dumps(1, pickle.DEFAULT_PROTOCOL))
print(pickle.dumps([1, 2], -1))

# batches of 1000 items and an exact multiple of the batch size
for n in (999, 1000, 1001, 2000, 2500):
    for proto in (0, 1, 2, 4):
        for v in (list(range(n)), dict.fromkeys(range(n), 0), set(range(n))):
            data = pickle.dumps(v, proto)
            print(n, proto, type(v).__name__, len(data), data[-12:],
                  pickle.loads(data) == v)

# framing: frames are cut near 64 KiB, big payloads go outside frames
big = [[i, 'abc' * (i % 50), float(i), b'q' * (i % 7)] for i in range(6000)]
for proto in (3, 4, 5):
    data = pickle.dumps(big, proto)
    print(proto, len(data), data[:12], data.count(pickle.FRAME),
          pickle.loads(data) == big)
large = [b'x' * 70000, 'y' * 70000, bytearray(b'z' * 70000), 1]
for proto in (3, 4, 5):
    data = pickle.dumps(large, proto)
    print(proto, len(data), data[:20], data[-30:], pickle.loads(data) == large)

# shared and recursive structures
shared = [1, 2]
s = [shared, shared, (shared,)]
rec = []
rec.append(rec)
d = {}
d['me'] = d
t = ([],)
t[0].append(t)
fs = {'k': 'v'}
for proto in range(6):
    for v in (s, rec, d, t, [fs, fs, 'str', 'str']):
        data = pickle.dumps(v, proto)
        print(proto, data)
    b = pickle.loads(pickle.dumps(s, proto))
    print(b[0] is b[1], b[2][0] is b[0])
    b = pickle.loads(pickle.dumps(rec, proto))
    print(b[0] is b)
    b = pickle.loads(pickle.dumps(d, proto))
    print(b['me'] is b)
    b = pickle.loads(pickle.dumps(t, proto))
    print(b[0][0] is b, type(b).__name__)

# huge ints
for v in (2**8000, -(2**8000) + 1, 2**2047 * 255, -256, -255, 255, -(2**31 + 1)):
    for proto in (0, 2, 4):
        data = pickle.dumps(v, proto)
        print(proto, len(data), data[:16], pickle.loads(data) == v)
