# shake_128/256 (lengths) and blake2b/blake2s (keys, salt, person)
import hashlib

for name in ['shake_128', 'shake_256']:
    h = hashlib.new(name, b'abc')
    print(name, h.name, h.digest_size, h.block_size)
    print(' ', h.hexdigest(10), h.digest(5), h.hexdigest(0), h.digest(0))
    print(' ', h.hexdigest(length=40))
    print(' ', h.hexdigest(100)[:20] == h.hexdigest(20)[:20])
    c = h.copy(); c.update(b'd')
    print(' ', c.hexdigest(8), getattr(hashlib, name)(b'abcd').hexdigest(8))

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('no error')

err(lambda: hashlib.shake_128().digest())
err(lambda: hashlib.shake_128().hexdigest())
err(lambda: hashlib.shake_128().hexdigest('4'))
err(lambda: hashlib.shake_128().digest(1.5))

# blake2
b = hashlib.blake2b(b'abc')
print(b.name, b.digest_size, b.block_size, b.hexdigest()[:32])
s = hashlib.blake2s(b'abc')
print(s.name, s.digest_size, s.block_size, s.hexdigest())
print(type(b).__name__, type(b).__module__, repr(b).startswith('<_blake2.blake2b object at 0x'))
print(hashlib.blake2b.SALT_SIZE, hashlib.blake2b.PERSON_SIZE, hashlib.blake2b.MAX_KEY_SIZE,
      hashlib.blake2b.MAX_DIGEST_SIZE)
print(hashlib.blake2s.SALT_SIZE, hashlib.blake2s.PERSON_SIZE, hashlib.blake2s.MAX_KEY_SIZE,
      hashlib.blake2s.MAX_DIGEST_SIZE)

# keyed: digest_size, salt and person are available
k = hashlib.blake2b(b'msg', key=b'secret', digest_size=20, salt=b'salty', person=b'me')
print(k.digest_size, k.hexdigest())
k2 = hashlib.blake2b(key=b'secret', digest_size=20, salt=b'salty', person=b'me')
k2.update(b'm'); c = k2.copy(); k2.update(b'sg')
print(k2.hexdigest() == k.hexdigest(), c.hexdigest() == k.hexdigest())
print(hashlib.blake2s(b'msg', key=b'k' * 32, digest_size=1).hexdigest())
print(hashlib.blake2s(b'msg', key=b'k', salt=b'12345678', person=b'abcdefgh').hexdigest())
print(hashlib.blake2b(b'm', key=bytearray(b'k')).hexdigest()[:16])
print(hashlib.new('blake2b', b'x', key=b'k', digest_size=16).hexdigest())
print(hashlib.blake2b(b'abc', digest_size=64).hexdigest() == b.hexdigest())

err(lambda: hashlib.blake2b(digest_size=0))
err(lambda: hashlib.blake2b(digest_size=65))
err(lambda: hashlib.blake2s(digest_size=33))
err(lambda: hashlib.blake2b(key=b'k' * 65))
err(lambda: hashlib.blake2s(key=b'k' * 33))
err(lambda: hashlib.blake2b(key=b'k', salt=b's' * 17))
err(lambda: hashlib.blake2s(key=b'k', person=b'p' * 9))
err(lambda: hashlib.blake2b('abc'))
err(lambda: hashlib.blake2b(b'', b''))
err(lambda: hashlib.blake2b(data=b''))
err(lambda: hashlib.blake2b(key='k'))
err(lambda: hashlib.blake2b(foo=1))
err(lambda: hashlib.blake2b().update(1))
err(lambda: hashlib.blake2b(fanout=256))
err(lambda: hashlib.blake2b(fanout=-1))
err(lambda: hashlib.blake2b(depth=0))
err(lambda: hashlib.blake2b(leaf_size=2**32))
err(lambda: hashlib.blake2b(node_depth=256))
err(lambda: hashlib.blake2b(inner_size=65))
err(lambda: hashlib.blake2s(node_offset=2**48))
err(lambda: hashlib.blake2b(digest_size='3'))
err(lambda: hashlib.new('sha256', string=b'x'))
