import timeit
# Count calls through a fake timer so results are deterministic.
class FakeTimer:
    def __init__(self): self.t = 0.0
    def __call__(self):
        self.t += 1.0
        return self.t
log = []
t = timeit.Timer("log.append(x)", "x = 5", timer=FakeTimer(), globals={'log': log})
print(t.timeit(3), log)
print(t.repeat(2, 4), len(log))
calls = []
def f(): calls.append(1)
print(timeit.timeit(f, number=7, timer=FakeTimer()), len(calls))
print(timeit.repeat("pass", repeat=3, number=2, timer=FakeTimer()))
def setup(): calls.append('s')
timeit.timeit(f, setup, number=2, timer=FakeTimer()); print(calls[-3:])
print(timeit.default_timer is __import__('time').perf_counter)
print(timeit.default_number, timeit.default_repeat)
t = timeit.Timer("for i in range(3):\n    acc.append(i)", "acc = []")
print(type(t.timeit(2)).__name__)
# autorange with a timer that advances 0.1 per call pair
class Step:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n * self.n * 0.01
seen = []
n, tt = timeit.Timer("pass", timer=Step()).autorange(lambda n, tt: seen.append(n))
print(n, round(tt, 6), seen)
for bad in [(1, "pass"), ("pass", 2)]:
    try: timeit.Timer(*bad)
    except ValueError as e: print(type(e).__name__, e)
try: timeit.Timer("x = (")
except SyntaxError as e: print(type(e).__name__)
try: timeit.Timer("pass", "return 1")
except SyntaxError as e: print(type(e).__name__)
try: timeit.timeit("1/0", number=1)
except ZeroDivisionError as e: print(type(e).__name__, e)
print(timeit.timeit("y", setup="y = 1", number=5) >= 0)
