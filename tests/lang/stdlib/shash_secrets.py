# secrets: sizes, types and ranges (the values themselves are random)
import secrets, string

print(len(secrets.token_bytes()), len(secrets.token_bytes(0)), len(secrets.token_bytes(5)))
print(type(secrets.token_bytes(3)).__name__)
t = secrets.token_hex(16)
print(len(t), all(c in '0123456789abcdef' for c in t), len(secrets.token_hex()))
print(secrets.token_hex(0) == '', secrets.token_urlsafe(0) == '')
alphabet = set(string.ascii_letters + string.digits + '-_')
for n in [1, 2, 3, 4, 5, 16, 32, 33]:
    u = secrets.token_urlsafe(n)
    print(n, len(u), set(u) <= alphabet)
print(len(secrets.token_urlsafe()))
print(secrets.DEFAULT_ENTROPY)

seen = set()
for _ in range(300):
    r = secrets.randbelow(7)
    assert 0 <= r < 7
    seen.add(r)
print(sorted(seen))
print(secrets.randbelow(1))
for k in [0, 1, 8, 100]:
    v = secrets.randbits(k)
    print(k, 0 <= v < 2 ** k if k else v == 0)
print(secrets.choice('abc') in 'abc', secrets.choice([42]))
print(secrets.compare_digest(b'a', b'a'), secrets.compare_digest('a', 'b'))
print(isinstance(secrets.SystemRandom().random(), float))
print(len({secrets.token_hex(8) for _ in range(50)}))

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('no error')

err(lambda: secrets.randbelow(0))
err(lambda: secrets.randbelow(-3))
err(lambda: secrets.choice([]))
err(lambda: secrets.token_bytes(-1))
err(lambda: secrets.token_hex('4'))
err(lambda: secrets.randbits(-1))
print(sorted(secrets.__all__))
