# signal: alarm and setitimer interrupt sleeps and loops
import signal, time

got = []
signal.signal(signal.SIGALRM, lambda s, f: got.append(s))
print(signal.alarm(1))
print(signal.alarm(1) in (0, 1))
time.sleep(3)
print(got)

class Timeout(Exception):
    pass
def tmo(s, f):
    raise Timeout("timer fired")
signal.signal(signal.SIGALRM, tmo)

print(signal.setitimer(signal.ITIMER_REAL, 0.05))
try:
    time.sleep(5)
except Timeout as e:
    print("sleep interrupted:", e)
print(signal.getitimer(signal.ITIMER_REAL))

signal.setitimer(signal.ITIMER_REAL, 0.05)
n = 0
try:
    for i in range(10 ** 12):
        n += 1
except Timeout as e:
    print("loop interrupted:", e, n > 0)

# an interval timer fires repeatedly
ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append(1))
signal.setitimer(signal.ITIMER_REAL, 0.02, 0.02)
while len(ticks) < 3:
    time.sleep(0.5)
delay, interval = signal.setitimer(signal.ITIMER_REAL, 0)
print(len(ticks) >= 3, 0 < interval <= 0.02)
print(signal.getitimer(signal.ITIMER_REAL))
signal.signal(signal.SIGALRM, signal.SIG_DFL)
