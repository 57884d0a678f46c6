"""hmac for gilpy: keyed-hashing for message authentication (RFC 2104).

HMAC(K, m) = H((K' ^ opad) || H((K' ^ ipad) || m)), where K' is the key
padded with zeros to the hash's block size (or first hashed, when longer).
The two inner hash objects come from hashlib (OpenSSL), so the Python
layer only feeds them; the one-shot digest() with a named hash goes
straight to OpenSSL's HMAC() in _hashlib.  compare_digest is _hashlib's
constant-time comparison.
"""

import warnings as _warnings
import _hashlib
from _hashlib import compare_digest

__all__ = ['HMAC', 'new', 'digest', 'compare_digest', 'digest_size']

# the key XORed with these bytes gives the outer and inner pads
trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# The size of the digests returned by HMAC depends on the underlying
# hashing module used.  Use digest_size from the instance of HMAC instead.
digest_size = None


def _constructor(digestmod):
    """A callable d=b'' -> new hash object, from a name, a callable or a module."""
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b'': _new_named(digestmod, d)
    return lambda d=b'': digestmod.new(d)


def _new_named(name, data=b''):
    import hashlib
    return hashlib.new(name, data)


class HMAC:
    """RFC 2104 HMAC class.  Also complies with RFC 4231."""

    blocksize = 64  # 512-bit HMAC; can be changed in subclasses

    __slots__ = ("_hmac", "_inner", "_outer", "block_size", "digest_size")

    def __init__(self, key, msg=None, digestmod=''):
        """Create a new HMAC object.

        key: bytes or bytearray key for the keyed hash object.
        msg: initial input for the hash, if provided.
        digestmod: a hash name, a constructor, or a module with new();
                   required.
        """
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r"
                            % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")

        self._hmac = None
        digest_cons = _constructor(digestmod)
        self._outer = digest_cons()
        self._inner = digest_cons()
        if isinstance(self._inner, _hashlib.HASHXOF):
            # OpenSSL refuses extendable-output functions here, without a reason
            raise ValueError('no reason supplied')
        self.digest_size = self._inner.digest_size

        if hasattr(self._inner, 'block_size'):
            blocksize = self._inner.block_size
            if blocksize < 16:
                _warnings.warn('block_size of %d seems too small; using our '
                               'default of %d.' % (blocksize, self.blocksize),
                               RuntimeWarning, 2)
                blocksize = self.blocksize
        else:
            _warnings.warn('No block_size attribute on given digest object; '
                           'Assuming %d.' % (self.blocksize),
                           RuntimeWarning, 2)
            blocksize = self.blocksize

        if len(key) > blocksize:
            key = digest_cons(key).digest()

        # self.blocksize is the default blocksize; self.block_size is the
        # effective one for this instance
        self.block_size = blocksize
        key = key.ljust(blocksize, b'\0')
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        """Feed data from msg into this hashing object."""
        self._inner.update(msg)

    def copy(self):
        """Return a separate copy of this hashing object."""
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._hmac = None
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        """The outer hash, finished with the inner digest so far."""
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        """Return the hash value of this hashing object (bytes); the object
        can still be updated afterwards."""
        return self._current().digest()

    def hexdigest(self):
        """Like digest(), but as a string of hexadecimal digits."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """Create a new hashing object and return it.

    key: bytes or bytearray key for the keyed hash object.
    msg: initial input for the hash, if provided.
    digestmod: a hash name, a constructor, or a module with new(); required.
    """
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """Fast inline implementation of HMAC.

    key: bytes or buffer, the key for the keyed hash object.
    msg: bytes or buffer, input message.
    digest: a hash name, a constructor, or a module with new().
    """
    if isinstance(digest, str):
        try:
            return _hashlib.hmac_digest(key, msg, digest)
        except _hashlib.UnsupportedDigestmodError:
            pass    # the generic code below gives the usual error

    digest_cons = _constructor(digest)
    inner = digest_cons()
    outer = digest_cons()
    blocksize = getattr(inner, 'block_size', 64)
    if len(key) > blocksize:
        key = digest_cons(key).digest()
    key = key + b'\x00' * (blocksize - len(key))
    inner.update(key.translate(trans_36))
    outer.update(key.translate(trans_5C))
    inner.update(msg)
    outer.update(inner.digest())
    return outer.digest()
