# lists as stacks, collections.deque as queue
stack = []
for i in range(4):
    stack.append(i)
print(stack.pop(), stack.pop(), stack)
from collections import deque
q = deque([1, 2, 3], maxlen=4)
q.append(4); q.append(5); q.appendleft(0)
print(q, q.popleft(), q.pop(), list(q))
q.rotate(1)
print(q, len(q), q[0], q[-1])
try:
    deque().pop()
except IndexError as e:
    print(type(e).__name__, e)
