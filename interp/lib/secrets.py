"""secrets for gilpy: random numbers and tokens fit for managing secrets.

Everything comes from the operating system's entropy source (os.urandom,
through random.SystemRandom); nothing here can be seeded.
"""

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom',
           'token_bytes', 'token_hex', 'token_urlsafe',
           'compare_digest']

import os

from hmac import compare_digest
from random import SystemRandom

_sysrand = SystemRandom()

randbits = _sysrand.getrandbits
choice = _sysrand.choice


def randbelow(exclusive_upper_bound):
    """Return a random int in the range [0, n)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand._randbelow(exclusive_upper_bound)


# Bytes of randomness when the caller gives no size: 256 bits, well past
# what brute force can reach.
DEFAULT_ENTROPY = 32


def token_bytes(nbytes=None):
    """Return a random byte string containing nbytes bytes
    (DEFAULT_ENTROPY when None)."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return os.urandom(nbytes)


def token_hex(nbytes=None):
    """Return a random text string, in hexadecimal: two digits per byte."""
    return token_bytes(nbytes).hex()


_URLSAFE = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'


def _urlsafe_b64_nopad(data):
    """Base64 with the URL-safe alphabet ('-' and '_'), without '=' padding."""
    out = []
    alphabet = _URLSAFE
    n = len(data)
    full = n - n % 3
    for i in range(0, full, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(alphabet[v >> 18])
        out.append(alphabet[(v >> 12) & 63])
        out.append(alphabet[(v >> 6) & 63])
        out.append(alphabet[v & 63])
    rest = n - full
    if rest == 1:
        v = data[full] << 16
        out.append(alphabet[v >> 18])
        out.append(alphabet[(v >> 12) & 63])
    elif rest == 2:
        v = (data[full] << 16) | (data[full + 1] << 8)
        out.append(alphabet[v >> 18])
        out.append(alphabet[(v >> 12) & 63])
        out.append(alphabet[(v >> 6) & 63])
    return bytes(out).decode('ascii')


def token_urlsafe(nbytes=None):
    """Return a random URL-safe text string, in Base64 encoding
    (about 1.3 characters per byte)."""
    return _urlsafe_b64_nopad(token_bytes(nbytes))
