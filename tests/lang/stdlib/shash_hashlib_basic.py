# hashlib: digests of known inputs, object attributes, copy, errors
import hashlib

for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
             'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s']:
    ctor = getattr(hashlib, name)
    h = ctor(b'abc')
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    assert h.digest() == bytes.fromhex(h.hexdigest())
    n = hashlib.new(name, b'abc')
    print('  new:', n.name, n.hexdigest() == h.hexdigest())
    e = ctor()
    print('  empty:', e.hexdigest()[:16])

# incremental == one shot, copy is independent
h = hashlib.sha256()
h.update(b'hello ')
c = h.copy()
h.update(b'world')
print(h.hexdigest() == hashlib.sha256(b'hello world').hexdigest())
print(c.hexdigest() == hashlib.sha256(b'hello ').hexdigest())
c.update(b'there')
print(c.hexdigest() == hashlib.sha256(b'hello there').hexdigest())
print(h.digest() == h.digest())   # digest() does not finalise

# bytes-like inputs
for data in [b'xyz', bytearray(b'xyz'), memoryview(b'xyz'), memoryview(b'axyzb')[1:4]]:
    print(type(data).__name__, hashlib.md5(data).hexdigest())

# large input (crosses the GIL-release threshold), fed in pieces too
big = bytes(range(256)) * 1000
h1 = hashlib.sha1(big)
h2 = hashlib.sha1()
for i in range(0, len(big), 777):
    h2.update(big[i:i + 777])
print(h1.hexdigest(), h1.hexdigest() == h2.hexdigest())

# keyword arguments
print(hashlib.md5(string=b'a').hexdigest())
print(hashlib.sha256(b'a', usedforsecurity=False).hexdigest()[:20])
print(hashlib.new(name='sha1', data=b'a').hexdigest())
print(hashlib.new('SHA256', b'a').name, hashlib.new('SHA512').name)
print(hashlib.new('ripemd160', b'abc').hexdigest(), hashlib.new('sha512_256', b'abc').name)

# repr shape (the address varies)
r = repr(hashlib.md5())
print(r.startswith('<md5 _hashlib.HASH object @ 0x'), r.endswith('>'))
r = repr(hashlib.shake_128())
print(r.startswith('<shake_128 _hashlib.HASHXOF object @ 0x'))
print(type(hashlib.sha1()).__name__, type(hashlib.sha1()).__module__)

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('no error')

err(lambda: hashlib.md5('text'))
err(lambda: hashlib.md5(1))
err(lambda: hashlib.md5(None))
err(lambda: hashlib.sha1().update('x'))
err(lambda: hashlib.sha1().update([1]))
err(lambda: hashlib.sha1().update())
err(lambda: hashlib.new('xyz'))
err(lambda: hashlib.new('xyz', b'data'))
err(lambda: hashlib.new(b'md5'))
err(lambda: hashlib.new())
err(lambda: hashlib.md5(data=b'x'))
err(lambda: hashlib.md5(b'', b''))
err(lambda: hashlib.sha256().digest(3))
err(lambda: setattr(hashlib.md5(), 'name', 'x'))

print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print(type(hashlib.algorithms_available).__name__)
print('md5-sha1' in hashlib.algorithms_available)
