# sys.unraisablehook receives every exception that cannot be raised (in
# __del__, weakref callbacks, generator finalisation, atexit callbacks,
# threads started by _thread) as an UnraisableHookArgs.
import _thread
import atexit
import gc
import sys
import weakref

print(sys.unraisablehook is sys.__unraisablehook__)
print(sys.unraisablehook, sys.__unraisablehook__)

seen = []


def describe(a):
    tb = a.exc_traceback
    where = None
    if tb is not None:
        while tb.tb_next is not None:
            tb = tb.tb_next
        where = (tb.tb_frame.f_code.co_name, tb.tb_lineno)
    obj = a.object
    name = getattr(obj, '__qualname__', None) or type(obj).__name__
    return (a.exc_type.__name__, str(a.exc_value), a.err_msg, name, where,
            a.exc_traceback is a.exc_value.__traceback__)


def hook(a):
    seen.append(a)
    print('hook:', describe(a))


sys.unraisablehook = hook


class A:
    def __del__(self):
        raise ValueError('in __del__')


a = A()
del a
args = seen[-1]
print(type(args).__name__, type(args).__module__, len(args), isinstance(args, tuple))
print(args.exc_type is ValueError, args[0] is args.exc_type, args[4] is A.__del__)
print(args.object is A.__del__)


# a cycle with __del__, found by the collector
class Node:
    def __del__(self):
        raise KeyError('cycle')


n = Node()
n.self = n
del n
gc.collect()


# weakref callbacks: a Python one and a C one (no traceback of its own: the
# running frame's is used)
class O:
    pass


def cb(ref):
    raise RuntimeError('in weakref callback')


o = O()
w = weakref.ref(o, cb)
del o


def drop_with_c_callback():
    o2 = O()
    w2 = weakref.ref(o2, int)
    del o2
    return w2


drop_with_c_callback()


# a generator whose finally raises while it is finalised
def gen():
    try:
        yield 1
    finally:
        raise TypeError('generator finally')


g = gen()
next(g)
del g


# the hook itself may look at the exception's chain
class Chained:
    def __del__(self):
        try:
            1 / 0
        except ZeroDivisionError:
            raise LookupError('chained')


c = Chained()
del c
print('context:', type(seen[-1].exc_value.__context__).__name__)

# a thread started by _thread
lock = _thread.allocate_lock()
lock.acquire()


def thread_body():
    try:
        raise OSError('in thread')
    finally:
        lock.release()


_thread.start_new_thread(thread_body, ())
lock.acquire()
while _thread._count():
    pass


# a hook that raises: reported by the default writer (stderr, not checked
# here); a hook replaced by None or removed: default writer too
def bad_hook(a):
    print('bad hook called with', a.exc_type.__name__)
    raise RuntimeError('hook failed')


sys.unraisablehook = bad_hook
a = A()
del a
sys.unraisablehook = hook
print('count', len(seen))

# sys.__unraisablehook__ and its argument type
U = type(seen[0])
for bad in (1, (1, 2, 3, 4, 5), None):
    try:
        sys.__unraisablehook__(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    U((1, 2))
except TypeError as e:
    print('TypeError', e)
x = U((ValueError, ValueError('v'), None, 'msg', 'obj'))
print(x)
print(x.exc_type, x.exc_value, x.exc_traceback, x.err_msg, x.object)
print(type(x) is U, tuple(x)[3:])

# atexit callbacks run at exit; the hook still sees them
atexit.register(lambda: print('atexit seen', len(seen)))


def failing_atexit():
    raise ArithmeticError('in atexit')


atexit.register(failing_atexit)
print('end of script')
