# uuid: parsing, every property, comparisons, uuid3/4/5, uuid1 structure
import uuid

u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version)
print(u.clock_seq_hi_variant, u.clock_seq_low, u.time, u.clock_seq, u.node)
print(u.variant, u.version, int(u), u.is_safe)
for s in ['12345678123456781234567812345678', 'urn:uuid:12345678-1234-5678-1234-567812345678',
          '{12345678123456781234567812345678}', '12345678-1234-5678-1234-567812345678']:
    print(uuid.UUID(s) == u, end=' ')
print()
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u,
      uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
v = uuid.UUID(int=u.int, version=4)
print(v, v.version, v.variant)
for ver in range(1, 6):
    w = uuid.UUID(int=0, version=ver)
    print(ver, w, w.version)
print(uuid.UUID(int=0).variant, uuid.UUID(int=0).version)
print(uuid.UUID('00000000-0000-0000-c000-000000000000').variant)
print(uuid.UUID('00000000-0000-0000-e000-000000000000').variant)
print(uuid.UUID(int=2**128 - 1))
print(uuid.RESERVED_NCS, '|', uuid.RFC_4122, '|', uuid.RESERVED_MICROSOFT, '|', uuid.RESERVED_FUTURE)

# namespaces and name-based uuids
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid3(uuid.NAMESPACE_URL, 'http://example.com/\u00e9'))
print(uuid.uuid5(uuid.NAMESPACE_OID, ''))
print(uuid.uuid5(uuid.NAMESPACE_X500, 'cn=x').version)

# random and time-based: check the structure, not the values
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r != uuid.uuid4())
t1 = uuid.uuid1()
t2 = uuid.uuid1()
print(t1.version, t1.variant, t1 != t2, t2.time >= t1.time)
print(uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node == 0x123456789abc,
      uuid.uuid1(node=1, clock_seq=0x1234).clock_seq == 0x1234)
n = uuid.getnode()
print(0 <= n < 2 ** 48, n == uuid.getnode())

# comparisons, hashing, immutability
a = uuid.UUID(int=1)
b = uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == uuid.UUID(int=1), a != b, a == 1)
print(sorted([b, a, uuid.UUID(int=0)]))
print(hash(a) == hash(uuid.UUID(int=1)), len({a, uuid.UUID(int=1), b}))
print(uuid.SafeUUID.safe.value, uuid.SafeUUID.unsafe.value, uuid.SafeUUID.unknown.value)
print(uuid.UUID(int=5, is_safe=uuid.SafeUUID.safe).is_safe)
print(a.__getstate__(), uuid.UUID(int=5, is_safe=uuid.SafeUUID.safe).__getstate__())
c = uuid.UUID.__new__(uuid.UUID)
c.__setstate__({'int': 7, 'is_safe': -1})
print(c, c.is_safe)

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('no error')

err(lambda: setattr(u, 'int', 3))
err(lambda: setattr(u, 'foo', 3))
err(lambda: uuid.UUID())
err(lambda: uuid.UUID('1234', int=5))
err(lambda: uuid.UUID('1234'))
err(lambda: uuid.UUID('1234567812345678123456781234567z'))
err(lambda: uuid.UUID(bytes=b'x' * 15))
err(lambda: uuid.UUID(bytes_le=b'x' * 17))
err(lambda: uuid.UUID(fields=(1, 2, 3)))
err(lambda: uuid.UUID(fields=(2 ** 32, 0, 0, 0, 0, 0)))
err(lambda: uuid.UUID(fields=(0, 2 ** 16, 0, 0, 0, 0)))
err(lambda: uuid.UUID(fields=(0, 0, 2 ** 16, 0, 0, 0)))
err(lambda: uuid.UUID(fields=(0, 0, 0, 256, 0, 0)))
err(lambda: uuid.UUID(fields=(0, 0, 0, 0, 256, 0)))
err(lambda: uuid.UUID(fields=(0, 0, 0, 0, 0, 2 ** 48)))
err(lambda: uuid.UUID(int=-1))
err(lambda: uuid.UUID(int=2 ** 128))
err(lambda: uuid.UUID(int=0, version=6))
err(lambda: uuid.UUID(int=0, version=0))
err(lambda: a < 1)
err(lambda: uuid.uuid3(uuid.NAMESPACE_DNS, b'bytes'))
err(lambda: uuid.uuid5('not a uuid', 'x'))
