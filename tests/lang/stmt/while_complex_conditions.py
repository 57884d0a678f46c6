# while loops with compound conditions and counters
a, b = 0, 1
fib = []
while len(fib) < 10 and b < 1000:
    fib.append(b)
    a, b = b, a + b
print(fib)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
stack = [1, [2, [3, [4]]]]
depth = 0
while stack:
    top = stack.pop()
    if isinstance(top, list):
        stack.extend(top)
        depth += 1
print("lists seen", depth)
