# hashlib with threads: big updates release the GIL, a per-object lock
# keeps a shared hash consistent (identical chunks: order does not matter)
import hashlib, threading

chunk = bytes(range(256)) * 4096          # 1 MiB, well above the threshold
shared = hashlib.sha256()
results = {}

def worker(i):
    for _ in range(8):
        shared.update(chunk)
    own = hashlib.sha1(chunk * 2)
    results[i] = own.hexdigest()

threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

expect = hashlib.sha256()
for _ in range(32):
    expect.update(chunk)
print(shared.hexdigest() == expect.hexdigest())
print(len(set(results.values())), results[0] == hashlib.sha1(chunk * 2).hexdigest())
print(hashlib.pbkdf2_hmac('sha256', b'p', b's', 1000).hex())
