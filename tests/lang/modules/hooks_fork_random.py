# random reseeds its hidden generator in the child of os.fork() (it
# registers _inst.seed with os.register_at_fork): a child does not replay
# its parent's numbers; the parent's sequence is untouched.
import os
import random

random.seed(1234)
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, repr([random.random() for _ in range(3)]).encode())
    os._exit(0)
os.close(w)
data = b''
while True:
    chunk = os.read(r, 4096)
    if not chunk:
        break
    data += chunk
os.close(r)
os.waitpid(pid, 0)
child = eval(data.decode())
parent = [random.random() for _ in range(3)]
print('child numbers differ:', child != parent)
random.seed(1234)
print('parent sequence kept:', parent == [random.random() for _ in range(3)])
# an explicitly seeded Random instance is not touched by fork
inst = random.Random(99)
expected = random.Random(99).random()
pid = os.fork()
if pid == 0:
    os._exit(0 if inst.random() == expected else 1)
print('own instance kept in child:', os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == 0)
