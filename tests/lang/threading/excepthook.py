# threading.excepthook / ExceptHookArgs, and errors escaping threads.
import io
import sys
import threading


def run(target, name=None):
    t = threading.Thread(target=target, name=name)
    t.start()
    t.join()
    return t


def boom():
    raise ValueError('boom')


print(threading.excepthook is threading.__excepthook__)

# the default hook writes "Exception in thread NAME:" and the traceback to stderr
saved = sys.stderr
sys.stderr = buf = io.StringIO()
try:
    run(boom, name='worker-1')
    run(lambda: sys.exit(3), name='quits')       # SystemExit: silent
finally:
    sys.stderr = saved
lines = buf.getvalue().splitlines()
print(lines[0])
print(lines[1])
print(lines[-1])
print(len([l for l in lines if l.startswith('Exception in thread')]))

# a custom hook receives the arguments
got = []
def hook(args):
    got.append((args.exc_type.__name__, str(args.exc_value),
                args.exc_traceback is not None, args.thread.name,
                type(args).__name__, len(args), args[0] is args.exc_type))
threading.excepthook = hook
t = run(boom, name='hooked')
print(got, t.is_alive())

# a hook that fails: "Exception in threading.excepthook:" then sys.excepthook
def bad_hook(args):
    raise KeyError('hook failed')
threading.excepthook = bad_hook
calls = []
sys_saved = sys.excepthook
sys.excepthook = lambda *a: calls.append(a[0].__name__)
sys.stderr = buf = io.StringIO()
try:
    run(boom, name='badhook')
finally:
    sys.stderr = saved
    sys.excepthook = sys_saved
print(buf.getvalue().strip(), calls)
threading.excepthook = threading.__excepthook__

# ExceptHookArgs and calling the default hook directly
args = threading.ExceptHookArgs([ZeroDivisionError, ZeroDivisionError('zz'), None, None])
print(args.exc_type.__name__, args.exc_value, args.exc_traceback, args.thread)
try:
    threading.ExceptHookArgs([1, 2])
except TypeError as e:
    print('TypeError', e)
sys.stderr = buf = io.StringIO()
try:
    threading.excepthook(args)
    threading.excepthook(threading.ExceptHookArgs([SystemExit, SystemExit(1), None, None]))
finally:
    sys.stderr = saved
out = buf.getvalue().splitlines()
print(out[0].startswith('Exception in thread '), out[-1])
th = threading.Thread(name='named')
sys.stderr = buf = io.StringIO()
try:
    threading.excepthook(threading.ExceptHookArgs([OSError, OSError('x'), None, th]))
finally:
    sys.stderr = saved
print(buf.getvalue().splitlines())
