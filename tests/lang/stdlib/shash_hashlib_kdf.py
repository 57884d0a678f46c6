# pbkdf2_hmac (RFC 6070 vectors), file_digest
import hashlib, io

print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 1).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 4096).hex())
print(hashlib.pbkdf2_hmac('sha1', b'passwordPASSWORDpassword',
                          b'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25).hex())
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 10, dklen=64).hex())
print(hashlib.pbkdf2_hmac('sha512', bytearray(b'pw'), memoryview(b'salt'), 3, None).hex()[:32])
print(hashlib.pbkdf2_hmac(hash_name='md5', password=b'p', salt=b's', iterations=1).hex())

def err(f):
    try:
        f()
    except Exception as e:
        msg = str(e)
        if ' is not a file-like' in msg:   # the repr holds an address or a path
            msg = msg[msg.index(' is not a file-like'):]
        print(type(e).__name__, msg)
    else:
        print('no error')

err(lambda: hashlib.pbkdf2_hmac('sha1', b'p', b's', 0))
err(lambda: hashlib.pbkdf2_hmac('sha1', b'p', b's', -5))
err(lambda: hashlib.pbkdf2_hmac('sha1', b'p', b's', 1, 0))
err(lambda: hashlib.pbkdf2_hmac('xyz', b'p', b's', 1))
err(lambda: hashlib.pbkdf2_hmac('sha1', 'p', b's', 1))
err(lambda: hashlib.pbkdf2_hmac('sha1', b'p', 's', 1))
err(lambda: hashlib.pbkdf2_hmac(b'sha1', b'p', b's', 1))
err(lambda: hashlib.pbkdf2_hmac('sha1', b'p', b's', 1.0))
err(lambda: hashlib.pbkdf2_hmac('sha1', b'p', b's', 2**40))
err(lambda: hashlib.pbkdf2_hmac('sha1', b'p', b's'))

# file_digest: BytesIO (getbuffer), a real binary file, a name or a constructor
data = b'file contents\n' * 5000
print(hashlib.file_digest(io.BytesIO(data), 'sha256').hexdigest())
print(hashlib.file_digest(io.BytesIO(data), hashlib.md5).hexdigest())
print(hashlib.file_digest(io.BytesIO(b''), 'sha1').hexdigest())
import os, tempfile
fd, path = tempfile.mkstemp() if hasattr(tempfile, 'mkstemp') else (None, 'shash_tmp.bin')
if fd is not None:
    os.close(fd)
try:
    with open(path, 'wb') as f:
        f.write(data)
    with open(path, 'rb') as f:
        print(hashlib.file_digest(f, 'sha256').hexdigest())
    with open(path, 'rb') as f:
        print(hashlib.file_digest(f, 'sha256', _bufsize=1000).hexdigest())
    with open(path, 'r') as f:
        err(lambda: hashlib.file_digest(f, 'sha256'))
finally:
    os.remove(path)
err(lambda: hashlib.file_digest(object(), 'sha256'))
err(lambda: hashlib.file_digest(io.BytesIO(b''), 'nope'))

import _hashlib
err(lambda: _hashlib.new('xyz'))
print(issubclass(_hashlib.UnsupportedDigestmodError, ValueError), _hashlib.UnsupportedDigestmodError.__module__)
