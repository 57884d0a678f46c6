# threading.Thread: names, repr, start/join/is_alive, daemon, errors, subclassing.
import threading
import re
import warnings
warnings.simplefilter('ignore', DeprecationWarning)


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


def clean(t):
    return re.sub(r' \d+\)>$', ' IDENT)>', repr(t))


def f():
    pass


class Callable:
    def __call__(self):
        pass


t1 = threading.Thread(target=f)
t2 = threading.Thread(target=Callable())
t3 = threading.Thread()
t4 = threading.Thread(name='worker')
t5 = threading.Thread(name=42, target=f, daemon=True)
t6 = threading.Thread(target=len, args=([],))
for t in (t1, t2, t3, t4, t5, t6):
    print(t.name, t.daemon, t.ident, t.native_id, t.is_alive(), clean(t))

show(t1.join)
t1.start()
show(t1.start)
t1.join()
print(clean(t1), t1.is_alive(), type(t1.ident).__name__, type(t1.native_id).__name__)
show(setattr, t1, 'daemon', True)
t1.join()
t1.join(0)

# names and daemon flags, deprecated accessors
t = threading.Thread(target=f)
t.name = 'renamed'
t.daemon = True
print(t.name, t.getName(), t.daemon, t.isDaemon())
t.setName('again')
t.setDaemon(False)
print(t.name, t.daemon)

# the thread sees itself as current_thread(), main_thread is the main one
seen = {}
def look():
    me = threading.current_thread()
    seen['me'] = me
    seen['ident'] = me.ident == threading.get_ident()
    seen['native'] = me.native_id == threading.get_native_id()
    seen['main'] = threading.main_thread() is not me
    seen['listed'] = me in threading.enumerate()
    seen['count'] = threading.active_count()
    try:
        me.join()
    except RuntimeError as e:
        seen['selfjoin'] = str(e)
t = threading.Thread(target=look, name='looker')
t.start()
t.join()
print(seen['me'] is t, seen['ident'], seen['native'], seen['main'], seen['listed'],
      seen['count'], seen['selfjoin'])
print(threading.current_thread() is threading.main_thread(), threading.main_thread().name)
print(clean(threading.main_thread()), threading.main_thread().daemon)
print(threading.current_thread().ident == threading.get_ident())
print(threading.active_count(), threading.activeCount(), len(threading.enumerate()))
print(threading.currentThread() is threading.current_thread())
show(threading.main_thread().join)

# daemon inherited from the creating thread
inherit = []
def child():
    inherit.append(threading.Thread(target=f).daemon)
for d in (True, False):
    t = threading.Thread(target=child, daemon=d)
    t.start()
    t.join()
print(inherit)

# args and kwargs; targets released after run
out = []
def add(a, b, c=0):
    out.append(a + b + c)
t = threading.Thread(target=add, args=(1, 2), kwargs={'c': 3})
t.start(); t.join()
print(out, hasattr(t, '_target'))

# join with timeout on a blocked thread, then is_alive
gate = threading.Event()
t = threading.Thread(target=gate.wait, name='gated')
t.start()
t.join(0.01)
print('alive after timed join:', t.is_alive(), clean(t))
t.join(-1)
print('alive after join(-1):', t.is_alive())
gate.set()
t.join()
print('alive after join:', t.is_alive(), clean(t))

# subclassing
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name='W%d' % n)
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * 10

ws = [Worker(i) for i in range(5)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print([(w.name, w.result) for w in ws])

class Broken(threading.Thread):
    def __init__(self):
        pass

b = Broken()
show(b.start)
show(b.join)
show(setattr, b, 'daemon', True)
try:
    b.is_alive()
except AssertionError as e:
    print('AssertionError', e)
try:
    repr(b)
except AssertionError as e:
    print('AssertionError', e)
try:
    threading.Thread(group=1)
except AssertionError as e:
    print('AssertionError', e)

# threading module surface
print(sorted(threading.__all__))
import _thread
print(threading.get_ident is _thread.get_ident, threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX)
print(threading.stack_size is _thread.stack_size, threading.ThreadError is _thread.error)
