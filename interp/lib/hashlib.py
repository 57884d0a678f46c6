"""hashlib for gilpy: secure hashes and message digests.

Every algorithm comes from OpenSSL's libcrypto through the C module
_hashlib (interp/modules/hashlibmodule.c): md5, sha1, the sha2 family,
sha3_*, shake_128/256 (their digest() and hexdigest() take a length), and
whatever else the installed OpenSSL provides (hashlib.new('ripemd160'),
'sm3', 'sha512_256', ... -- see algorithms_available).

    h = hashlib.sha256(b'some data')
    h.update(b'more data')
    h.hexdigest()

blake2b and blake2s are OpenSSL's too, which sets their limits: without a
key they are the full-size digests (64 and 32 bytes) with no salt and no
person; given a key (OpenSSL's BLAKE2BMAC/BLAKE2SMAC) they accept any
digest_size, salt and person.  An unkeyed hash with another digest_size, a
salt or a person, and the tree-hashing parameters (fanout, depth, leaf_size,
node_offset, node_depth, inner_size, last_node) other than their defaults,
raise ValueError.
"""

import _hashlib

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
           'blake2b', 'blake2s',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
           'shake_128', 'shake_256',
           'new', 'algorithms_guaranteed', 'algorithms_available',
           'pbkdf2_hmac', 'file_digest')

algorithms_guaranteed = frozenset((
    'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
    'blake2b', 'blake2s',
    'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
    'shake_128', 'shake_256'))

algorithms_available = set(algorithms_guaranteed)
algorithms_available.update(_hashlib.openssl_md_meth_names)

md5 = _hashlib.openssl_md5
sha1 = _hashlib.openssl_sha1
sha224 = _hashlib.openssl_sha224
sha256 = _hashlib.openssl_sha256
sha384 = _hashlib.openssl_sha384
sha512 = _hashlib.openssl_sha512
sha3_224 = _hashlib.openssl_sha3_224
sha3_256 = _hashlib.openssl_sha3_256
sha3_384 = _hashlib.openssl_sha3_384
sha3_512 = _hashlib.openssl_sha3_512
shake_128 = _hashlib.openssl_shake_128
shake_256 = _hashlib.openssl_shake_256
blake2b = _hashlib.blake2b
blake2s = _hashlib.blake2s

pbkdf2_hmac = _hashlib.pbkdf2_hmac

_blake2_constructors = {'blake2b': blake2b, 'blake2s': blake2s}


def __hash_new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named
    algorithm; optionally initialized with data (which must be a
    bytes-like object).
    """
    ctor = _blake2_constructors.get(name)
    if ctor is not None:
        # the blake2 types take their own keyword arguments (digest_size, key ...)
        return ctor(data, **kwargs)
    try:
        return _hashlib.new(name, data, **kwargs)
    except _hashlib.UnsupportedDigestmodError:
        raise ValueError('unsupported hash type ' + name)


new = __hash_new


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object opened for binary reading.
    digest is a hash name or a callable returning a new hash object.
    """
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()

    if hasattr(fileobj, 'getbuffer'):
        # BytesIO: hash the whole buffer at once
        digestobj.update(fileobj.getbuffer())
        return digestobj

    if not (hasattr(fileobj, 'readinto') and hasattr(fileobj, 'readable')
            and fileobj.readable()):
        raise ValueError(
            f"'{fileobj!r}' is not a file-like object in binary reading mode.")

    buf = bytearray(_bufsize)
    view = memoryview(buf)
    while True:
        size = fileobj.readinto(buf)
        if not size:
            break
        digestobj.update(view[:size])
    return digestobj
