# hmac: RFC 4231 / RFC 2202 vectors, objects, digest(), compare_digest
import hmac, hashlib

# RFC 4231 test case 2
print(hmac.new(b'Jefe', b'what do ya want for nothing?', 'sha256').hexdigest())
print(hmac.new(b'Jefe', b'what do ya want for nothing?', hashlib.sha512).hexdigest())
# RFC 2202 (HMAC-MD5 test case 1, HMAC-SHA1 with a key longer than the block)
print(hmac.new(b'\x0b' * 16, b'Hi There', 'md5').hexdigest())
print(hmac.new(b'\xaa' * 80, b'Test Using Larger Than Block-Size Key - Hash Key First',
               'sha1').hexdigest())
print(hmac.new(b'\xaa' * 200, b'x', 'sha3_256').hexdigest())

h = hmac.new(b'key', digestmod='sha256')
print(h.name, h.digest_size, h.block_size, hmac.HMAC.blocksize)
h.update(b'part one, ')
c = h.copy()
h.update(b'part two')
print(h.hexdigest() == hmac.new(b'key', b'part one, part two', 'sha256').hexdigest())
print(c.hexdigest() == hmac.new(b'key', b'part one, ', 'sha256').hexdigest())
print(h.digest() == bytes.fromhex(h.hexdigest()), h.digest() == h.digest())
print(type(h).__name__, hmac.HMAC.__slots__, hmac.digest_size)
print(hmac.new(bytearray(b'k'), b'm', 'sha1').name)
print(hmac.new(b'k', b'm', digestmod='blake2b').block_size,
      hmac.new(b'k', b'm', digestmod='sha3_256').block_size,
      hmac.new(b'k', b'm', digestmod='sha384').block_size)
print(hmac.new(b'', b'', 'md5').hexdigest())
print(hmac.new(b'k', memoryview(b'msg'), 'sha224').hexdigest())

# one-shot
print(hmac.digest(b'key', b'msg', 'sha256').hex())
print(hmac.digest(b'key', b'msg', hashlib.sha256) == hmac.digest(b'key', b'msg', 'sha256'))
print(hmac.digest(b'k' * 300, b'msg', 'sha1') == hmac.new(b'k' * 300, b'msg', 'sha1').digest())
print(hmac.digest(bytearray(b'key'), memoryview(b'msg'), 'md5').hex())

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('no error')

err(lambda: hmac.new('key', digestmod='sha256'))
err(lambda: hmac.new(memoryview(b'key'), digestmod='sha256'))
err(lambda: hmac.new(b'key'))
err(lambda: hmac.new(b'key', b'msg'))
err(lambda: hmac.new(b'key', 'msg', 'sha256'))
err(lambda: hmac.new(b'key', digestmod='xyz'))
err(lambda: hmac.new(b'key', digestmod='sha256').update(1))
err(lambda: hmac.digest(b'key', b'msg', 'xyz'))
err(lambda: hmac.digest('key', b'msg', 'md5'))
err(lambda: hmac.digest(b'key', 'msg', 'md5'))
err(lambda: setattr(h, 'other', 1))

# compare_digest
cd = hmac.compare_digest
print(cd(b'abc', b'abc'), cd(b'abc', b'abd'), cd(b'abc', b'ab'), cd(b'', b''))
print(cd('abc', 'abc'), cd('abc', 'abcd'), cd(bytearray(b'x'), memoryview(b'x')))
print(cd(b'a' * 1000, b'a' * 1000), cd(b'a' * 1000, b'a' * 999 + b'b'))
err(lambda: cd('a', b'a'))
err(lambda: cd(b'a', 'a'))
err(lambda: cd(1, 2))
err(lambda: cd(1, b'a'))
err(lambda: cd('\xe9', 'a'))
err(lambda: cd('a', '\u20ac'))
err(lambda: cd(b'a'))
