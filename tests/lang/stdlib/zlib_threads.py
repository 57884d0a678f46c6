# zlib from several threads: one-shot calls on big buffers (which run
# without the GIL) give the same results as in a single thread, a shared
# compressobj used by two threads stays consistent (its lock), and a
# bytearray being compressed cannot be resized meanwhile.
import threading
import zlib

def sample(n, seed):
    out = bytearray()
    x = seed
    while len(out) < n:
        x = (x * 1103515245 + 12345) & 0x7fffffff
        out += b'%d ' % (x % 5000)
    return bytes(out[:n])

inputs = [sample(400000, s) for s in range(4)]
expected = [zlib.compress(d) for d in inputs]
results = [None] * 4

def work(i):
    for _ in range(3):
        c = zlib.compress(inputs[i])
        ok = c == expected[i] and zlib.decompress(c) == inputs[i]
        ok = ok and zlib.crc32(inputs[i]) == zlib.crc32(c and inputs[i])
        results[i] = ok

threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('one-shot', results)

# streaming objects, one per thread
outs = [None] * 4
def stream(i):
    c = zlib.compressobj(6)
    parts = [c.compress(inputs[i][j:j + 50000]) for j in range(0, len(inputs[i]), 50000)]
    parts.append(c.flush())
    z = b''.join(parts)
    d = zlib.decompressobj()
    back = b''
    while z:
        back += d.decompress(z, 60000)
        z = d.unconsumed_tail
    outs[i] = (back == inputs[i], d.eof)
threads = [threading.Thread(target=stream, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('streams', outs)

# one compressobj shared by two threads: the lock serialises whole calls,
# so the output decompresses to some interleaving of whole chunks
shared = zlib.compressobj()
pieces = []
lock = threading.Lock()
def feed(tag):
    for k in range(20):
        chunk = (tag * 10000)
        out = shared.compress(chunk)
        with lock:
            pieces.append(out)
ts = [threading.Thread(target=feed, args=(t,)) for t in (b'A', b'B')]
for t in ts:
    t.start()
for t in ts:
    t.join()
pieces.append(shared.flush())
back = zlib.decompress(b''.join(pieces))
print('shared', len(back), back.count(b'A'), back.count(b'B'))
blocks = [back[i:i + 10000] for i in range(0, len(back), 10000)]
print('whole chunks', all(b == b'A' * 10000 or b == b'B' * 10000 for b in blocks))

# bytearray input is pinned while compressing
ba = bytearray(inputs[0])
print('bytearray', zlib.compress(ba) == expected[0])
ba.extend(b'x')          # resizable again afterwards
print('resized', len(ba))
